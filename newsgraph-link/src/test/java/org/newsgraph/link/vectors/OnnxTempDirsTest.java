package org.newsgraph.link.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxTempDirsTest {

  @TempDir Path tmp;

  private Path dir(String name, Duration age) throws Exception {
    Path p = Files.createDirectory(tmp.resolve(name));
    Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
    return p;
  }

  @Test
  void removesOnlyOldEmptyOnnxRuntimeDirectories() throws Exception {
    Path leftover = dir("onnxruntime-java123", Duration.ofHours(2));
    Path fresh = dir("onnxruntime-java456", Duration.ZERO);
    Path inUse = dir("onnxruntime-java789", Duration.ofHours(2));
    Files.writeString(inUse.resolve("libonnxruntime.so"), "x");
    Files.setLastModifiedTime(inUse, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path other = dir("someone-elses", Duration.ofHours(2));

    int removed = OnnxTempDirs.sweep(tmp, Instant.now().minus(Duration.ofMinutes(10)));

    assertThat(removed).isEqualTo(1);
    assertThat(leftover).doesNotExist();
    assertThat(fresh).exists();
    assertThat(inUse).exists();
    assertThat(other).exists();
  }

  @Test
  void aDirectoryItCannotReadIsLeftAlone() {
    assertThat(OnnxTempDirs.sweep(tmp.resolve("missing"), Instant.now())).isZero();
  }
}
