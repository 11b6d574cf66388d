package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

/**
 * Captures as content-addressed files: {@code captures/ab/cd/<sha256>} holds the bytes and {@code
 * <sha256>.json} next to it the provenance (source, media type, time). Each file is written to a
 * temporary name, forced to disk and renamed into place, so a crash leaves either the whole file or
 * none; the provenance is written last, so its presence marks a complete capture.
 */
public final class FileCaptureStore implements CaptureStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

  private final Path root;

  public FileCaptureStore(Path root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  @Override
  public boolean put(Capture capture) throws IOException {
    Path blob = blobPath(capture.id());
    Path meta = metaPath(capture.id());
    if (Files.exists(meta) && Files.exists(blob) && Files.size(blob) == capture.content().length) {
      return false;
    }
    Files.createDirectories(blob.getParent());
    writeDurably(blob, capture.content());
    ObjectNode node = JSON.createObjectNode();
    node.put("id", capture.id());
    node.put("source", capture.source());
    node.put("mediaType", capture.mediaType().mime());
    node.put("capturedAt", capture.capturedAt().toString());
    node.put("size", capture.content().length);
    writeDurably(meta, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
    syncDirectory(blob.getParent());
    return true;
  }

  @Override
  public Optional<Capture> get(String id) throws IOException {
    if (!ID.matcher(id).matches()) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(Files.readAllBytes(metaPath(id)));
      byte[] bytes = Files.readAllBytes(blobPath(id));
      MediaType type =
          MediaType.ofMime(node.path("mediaType").asText())
              .orElseThrow(() -> new IOException("capture " + id + " has an unknown media type"));
      return Optional.of(
          new Capture(
              id,
              node.path("source").asText(),
              type,
              Instant.parse(node.path("capturedAt").asText()),
              bytes));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void forEachId(Consumer<String> action) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root, 3)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && ID.matcher(n.substring(0, n.length() - 5)).matches())
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .forEach(action);
    }
  }

  private Path blobPath(String id) {
    return root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
  }

  private Path metaPath(String id) {
    return root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id + ".json");
  }

  private static void writeDurably(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (FileAlreadyExistsException e) {
      // Another process stored the same bytes at the same moment: same content, nothing to do.
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Makes the renames in {@code dir} durable; not every platform can open a folder for this. */
  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Windows cannot open folders; its renames are durable once the file itself is.
    }
  }
}
