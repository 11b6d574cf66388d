package org.newsgraph.link.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeFingerprintTest {

  @TempDir Path tmp;

  private Path classes(String name, String body) throws IOException {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir.resolve("org/example"));
    Files.writeString(dir.resolve("org/example/A.class"), body);
    Files.writeString(dir.resolve("org/example/B.class"), "unchanged");
    return dir;
  }

  @Test
  void theSameCodeGivesTheSameFingerprintAndAChangedClassAnother() throws IOException {
    long one = CodeFingerprint.of(List.of(classes("one", "rules v1")));
    long same = CodeFingerprint.of(List.of(classes("same", "rules v1")));
    long changed = CodeFingerprint.of(List.of(classes("changed", "rules v2")));

    assertThat(same).isEqualTo(one);
    assertThat(changed).isNotEqualTo(one);
  }

  @Test
  void aJarCountsByItsBytes() throws IOException {
    Path jar = tmp.resolve("link.jar");
    Files.writeString(jar, "PK one build");
    long before = CodeFingerprint.of(List.of(jar));
    Files.writeString(jar, "PK another build");

    assertThat(CodeFingerprint.of(List.of(jar))).isNotEqualTo(before);
  }
}
