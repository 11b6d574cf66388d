package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 10 MB page is extracted in a JVM whose heap is capped at 200 MB: if extraction needed more,
 * that JVM would die of an OutOfMemoryError and this test would fail.
 */
class LargePageMemoryIT {

  @Test
  void extractsATenMegabytePageWithin200MegabytesOfHeap() throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx200m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    TenMegabytePage.class.getName()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertEquals(0, p.exitValue(), out);
    assertThat(out).contains("extracted ").doesNotContain("OutOfMemoryError");
    assertThat(TenMegabytePage.page().length).isBetween(9_900_000, 10_485_760);
  }
}
