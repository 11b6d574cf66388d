package org.newsgraph.store;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.model.Capture;

/**
 * Keeps the exact bytes of every capture, with where and when they came from, before anything is
 * computed from them. Storing is idempotent: the same bytes are stored once, under their SHA-256. A
 * capture that {@link #put} returned from is durable: it survives a crash of the process or the
 * machine. Thread-safe, and safe for several processes sharing one store.
 */
public interface CaptureStore {

  /**
   * Stores {@code capture} unless its bytes are already stored.
   *
   * @return true if the capture was new, false if the same bytes were already stored (the first
   *     provenance is kept)
   * @throws IOException if the bytes could not be made durable; nothing derived may then be stored
   */
  boolean put(Capture capture) throws IOException;

  /** The capture with id {@code id}, with its original provenance, if stored. */
  Optional<Capture> get(String id) throws IOException;

  /** Calls {@code action} with the id of every stored capture. */
  void forEachId(Consumer<String> action) throws IOException;
}
