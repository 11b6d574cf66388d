package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of a data directory, a public interface that users' backups and scripts rely on:
 *
 * <pre>
 * DIR/captures/ab/cd/abcd...      raw bytes of each capture, named by their SHA-256
 * DIR/captures/ab/cd/abcd....json where and when the capture came from
 * DIR/catalog.db                  SQLite catalog (articles, teasers, capture status)
 * DIR/index/                      Lucene full-text index (rebuildable: newsgraph reindex)
 * DIR/link-state.bin              the link stage's memory as last saved (a cache: rebuilt
 *                                 from the catalog when missing, damaged or outdated)
 * </pre>
 */
public record DataDir(Path root) {

  public DataDir {
    Objects.requireNonNull(root, "root");
    root = root.toAbsolutePath().normalize();
  }

  /** Folder of the content-addressed captures. */
  public Path captures() {
    return root.resolve("captures");
  }

  /** The SQLite catalog file. */
  public Path catalog() {
    return root.resolve("catalog.db");
  }

  /** The link stage's saved memory (near-copy index, word statistics, live stories). */
  public Path linkState() {
    return root.resolve("link-state.bin");
  }

  /** Folder of the Lucene index. */
  public Path index() {
    return root.resolve("index");
  }
}
