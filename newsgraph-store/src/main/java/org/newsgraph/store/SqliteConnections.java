package org.newsgraph.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A small pool of SQLite connections to one database file, all opened with the settings the
 * catalog's durability depends on: write-ahead logging, {@code synchronous=FULL} (a committed
 * transaction survives power loss), foreign keys on, and a busy timeout so writers from several
 * threads or processes wait for each other instead of failing.
 */
final class SqliteConnections implements AutoCloseable {

  private static final int BUSY_TIMEOUT_MS = 30_000;
  private static final int MAX_IDLE = 8;

  private final SQLiteDataSource dataSource;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

  SqliteConnections(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
  }

  SQLiteDataSource dataSource() {
    return dataSource;
  }

  /** A connection in auto-commit mode; give it back with {@link #release}. */
  Connection acquire() throws SQLException {
    Connection c = idle.poll();
    return c != null ? c : dataSource.getConnection();
  }

  void release(Connection c) {
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
      if (idle.size() < MAX_IDLE) {
        idle.add(c);
        return;
      }
      c.close();
    } catch (SQLException e) {
      closeQuietly(c);
    }
  }

  @Override
  public void close() {
    Connection c;
    while ((c = idle.poll()) != null) {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // closing a broken connection: nothing left to save
    }
  }
}
