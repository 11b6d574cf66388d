package org.newsgraph.link.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateReaderTest {

  @TempDir Path tmp;

  private Path written() throws IOException {
    Path file = tmp.resolve("state.bin");
    try (StateWriter out = StateWriter.create(file)) {
      out.section("demo", 2);
      out.writeString("Ṣan‘ā’ — “quoted”");
      out.writeFloats(new float[] {0.25f, -1e-7f, Float.MAX_VALUE});
      out.writeFloats(null);
      out.writeInts(new int[] {3, -4});
      out.writeDoubles(new double[] {Math.PI});
      out.writeInstant(Instant.parse("2025-06-20T09:00:00.123456789Z"));
      out.writeInstant(null);
      out.writeLong(Long.MIN_VALUE);
      out.writeBoolean(true);
      out.commit();
    }
    return file;
  }

  @Test
  void readsBackWhatWasWritten() throws IOException {
    try (StateReader in = StateReader.open(written())) {
      in.section("demo", 2);
      assertThat(in.readString()).isEqualTo("Ṣan‘ā’ — “quoted”");
      assertThat(in.readFloats()).containsExactly(0.25f, -1e-7f, Float.MAX_VALUE);
      assertThat(in.readFloats()).isNull();
      assertThat(in.readInts()).containsExactly(3, -4);
      assertThat(in.readDoubles()).containsExactly(Math.PI);
      assertThat(in.readInstant()).isEqualTo(Instant.parse("2025-06-20T09:00:00.123456789Z"));
      assertThat(in.readInstant()).isNull();
      assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE);
      assertThat(in.readBoolean()).isTrue();
      in.finish();
    }
  }

  @Test
  void aSectionOfAnotherVersionIsRefused() throws IOException {
    try (StateReader in = StateReader.open(written())) {
      assertThatThrownBy(() -> in.section("demo", 3))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("demo version 3");
    }
  }

  @Test
  void aChangedByteIsRefusedBeforeAnythingIsRead() throws IOException {
    Path file = written();
    byte[] bytes = Files.readAllBytes(file);
    // a byte inside the floats: every read would succeed, only the checksum can tell
    bytes[indexOf(bytes, new byte[] {0x3E, (byte) 0x80, 0, 0}) + 3] ^= 1;
    Files.write(file, bytes);

    assertThatThrownBy(() -> StateReader.open(file)).hasMessageContaining("checksum");
  }

  @Test
  void aTruncatedFileIsRefused() throws IOException {
    Path file = written();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 20));

    assertThatThrownBy(() -> StateReader.open(file)).hasMessageContaining("damaged");
  }

  @Test
  void readingLessThanWasWrittenIsCaughtAtTheEnd() throws IOException {
    try (StateReader in = StateReader.open(written())) {
      in.section("demo", 2);
      in.readString();

      assertThatThrownBy(in::finish).hasMessageContaining("after the end");
    }
  }

  @Test
  void anImpossibleLengthIsRefusedBeforeAnythingIsAllocated() throws IOException {
    Path file = tmp.resolve("state.bin");
    try (StateWriter out = StateWriter.create(file)) {
      out.writeInt(Integer.MAX_VALUE); // read as the length of an array
      out.commit();
    }

    try (StateReader in = StateReader.open(file)) {
      assertThatThrownBy(in::readFloats).hasMessageContaining("damaged");
    }
  }

  @Test
  void anotherKindOfFileIsRefused() throws IOException {
    Path file = tmp.resolve("notes.txt");
    Files.writeString(file, "not a state file");

    assertThatThrownBy(() -> StateReader.open(file)).hasMessageContaining("not a newsgraph state");
  }

  @Test
  void aWriteNotCommittedLeavesThePreviousFile() throws IOException {
    Path file = written();
    byte[] before = Files.readAllBytes(file);

    try (StateWriter out = StateWriter.create(file)) {
      out.section("other", 1);
      // closed without commit, as when the run fails half way
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(tmp.resolve("state.bin.tmp")).doesNotExist();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
