package org.newsgraph.link.state;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a state file: a sequence of named, versioned sections of primitive values, followed by a
 * checksum. The bytes go to a temporary file beside the target, which replaces the target only on
 * {@link #commit}, after it is forced to disk: a crash while writing leaves the previous file.
 */
public final class StateWriter implements Closeable {

  static final int MAGIC = 0x4E474C53; // "NGLS"

  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private final CRC32 crc = new CRC32();
  private final DataOutputStream out;
  // arrays are written in one go through this rather than a value at a time
  private byte[] scratch = new byte[1024];
  private boolean committed;

  private StateWriter(Path target) throws IOException {
    this.target = target;
    this.temporary = target.resolveSibling(target.getFileName() + ".tmp");
    this.channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    OutputStream file = Channels.newOutputStream(channel);
    this.out =
        new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16), crc));
    out.writeInt(MAGIC);
  }

  /** Starts writing the state that will replace {@code target} on {@link #commit}. */
  public static StateWriter create(Path target) throws IOException {
    return new StateWriter(target);
  }

  /**
   * Starts a section; the reader checks both name and version, so a section whose layout changed
   * (its version raised) is refused instead of being misread.
   */
  public void section(String name, int version) throws IOException {
    writeString(name);
    out.writeInt(version);
  }

  public void writeInt(int v) throws IOException {
    out.writeInt(v);
  }

  public void writeLong(long v) throws IOException {
    out.writeLong(v);
  }

  public void writeDouble(double v) throws IOException {
    out.writeDouble(v);
  }

  public void writeBoolean(boolean v) throws IOException {
    out.writeBoolean(v);
  }

  /** A string of any length, as UTF-8. */
  public void writeString(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** An array, or null. */
  public void writeFloats(float @Nullable [] v) throws IOException {
    if (v == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(v.length);
    scratch(v.length * 4).asFloatBuffer().put(v);
    out.write(scratch, 0, v.length * 4);
  }

  public void writeDoubles(double[] v) throws IOException {
    out.writeInt(v.length);
    scratch(v.length * 8).asDoubleBuffer().put(v);
    out.write(scratch, 0, v.length * 8);
  }

  public void writeInts(int[] v) throws IOException {
    out.writeInt(v.length);
    scratch(v.length * 4).asIntBuffer().put(v);
    out.write(scratch, 0, v.length * 4);
  }

  /** A big-endian buffer over at least {@code n} bytes of scratch space reused between calls. */
  private ByteBuffer scratch(int n) {
    if (scratch.length < n) {
      scratch = new byte[Math.max(n, scratch.length * 2)];
    }
    return ByteBuffer.wrap(scratch, 0, n);
  }

  /** An instant to the nanosecond, or null. */
  public void writeInstant(@Nullable Instant t) throws IOException {
    out.writeBoolean(t != null);
    if (t != null) {
      out.writeLong(t.getEpochSecond());
      out.writeInt(t.getNano());
    }
  }

  /** Ends the file with its checksum, forces it to disk and puts it in place of the target. */
  public void commit() throws IOException {
    out.writeLong(crc.getValue());
    out.flush();
    channel.force(true);
    out.close();
    Files.move(
        temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
  }

  /** Drops the temporary file unless committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
