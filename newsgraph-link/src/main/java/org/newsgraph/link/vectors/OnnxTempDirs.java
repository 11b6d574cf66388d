package org.newsgraph.link.vectors;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the empty directories ONNX Runtime leaves in the temporary directory. It unpacks its
 * native libraries into a fresh {@code onnxruntime-java*} directory in every process and deletes
 * the files but not the directory, so each run of the program would leave one behind. A directory
 * that has stayed empty for a while is no longer in use: another process fills its own within
 * milliseconds of making it.
 */
final class OnnxTempDirs {

  private static final Logger LOG = LoggerFactory.getLogger(OnnxTempDirs.class);
  private static final Duration UNUSED_AFTER = Duration.ofMinutes(10);
  private static final AtomicBoolean SWEPT = new AtomicBoolean();

  private OnnxTempDirs() {}

  /** Sweeps the JVM's temporary directory, once per process. */
  static void sweepOnce() {
    if (SWEPT.compareAndSet(false, true)) {
      sweep(Path.of(System.getProperty("java.io.tmpdir")), Instant.now().minus(UNUSED_AFTER));
    }
  }

  /**
   * Deletes the empty {@code onnxruntime-java*} directories in {@code dir} last changed before
   * {@code before}; returns how many. Anything it cannot read or delete is left as it is.
   */
  static int sweep(Path dir, Instant before) {
    int deleted = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "onnxruntime-java*")) {
      for (Path p : entries) {
        if (Files.isDirectory(p)
            && Files.getLastModifiedTime(p).compareTo(FileTime.from(before)) < 0
            && isEmpty(p)) {
          Files.deleteIfExists(p);
          deleted++;
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not sweep {} for ONNX Runtime's leftovers: {}", dir, e.toString());
    }
    if (deleted > 0) {
      LOG.debug("removed {} empty ONNX Runtime directories from {}", deleted, dir);
    }
    return deleted;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> inside = Files.newDirectoryStream(dir)) {
      return !inside.iterator().hasNext();
    }
  }
}
