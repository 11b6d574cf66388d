package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

/**
 * Reads files and folders (recursively) from the local disk: {@code .txt}, {@code .html}/{@code
 * .htm} and {@code .jsonl} (one article per line). Each file, or each line of a JSON-lines file,
 * becomes one capture.
 *
 * <p>In a folder, hidden entries are ignored and files of other types are {@link
 * SourceRecord.Skipped skipped}; a file named explicitly with another type is {@link
 * SourceRecord.Refused refused}. Empty files and files above {@link
 * IngestLimits#maxDocumentBytes()} are refused before being read. Thread-safe.
 */
public final class FileSource implements DocumentSource {

  private static final Map<String, MediaType> BY_EXTENSION =
      Map.of(
          "txt", MediaType.TEXT_PLAIN,
          "text", MediaType.TEXT_PLAIN,
          "html", MediaType.TEXT_HTML,
          "htm", MediaType.TEXT_HTML,
          "xhtml", MediaType.TEXT_HTML,
          "jsonl", MediaType.ARTICLE_JSON,
          "ndjson", MediaType.ARTICLE_JSON);

  private static final String SUPPORTED = ".txt, .html, .htm, .jsonl";

  private final IngestLimits limits;
  private final Clock clock;

  public FileSource(IngestLimits limits, Clock clock) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Stream<SourceRecord> read(String location) {
    Path path;
    try {
      path = Path.of(location);
    } catch (InvalidPathException e) {
      return Stream.of(new SourceRecord.Refused(location, "not a valid path: " + e.getReason()));
    }
    if (Files.isDirectory(path)) {
      return new FileTreeWalker(path).stream().flatMap(this::readWalked);
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
      return Stream.of(new SourceRecord.Refused(location, "no such file or directory"));
    }
    return readFile(path, false);
  }

  private Stream<SourceRecord> readWalked(FileTreeWalker.Entry entry) {
    return switch (entry) {
      case FileTreeWalker.Entry.File f -> readFile(f.path(), true);
      case FileTreeWalker.Entry.Unreadable u ->
          Stream.of(new SourceRecord.Refused(u.path().toString(), u.reason()));
    };
  }

  private Stream<SourceRecord> readFile(Path path, boolean foundInFolder) {
    String location = path.toString();
    if (!Files.isRegularFile(path)) {
      return Stream.of(new SourceRecord.Refused(location, "not a regular file"));
    }
    Optional<MediaType> type = mediaTypeOf(path);
    if (type.isEmpty()) {
      String reason = "unsupported file type (reads " + SUPPORTED + ")";
      long size = sizeOrZero(path);
      return Stream.of(
          foundInFolder
              ? new SourceRecord.Skipped(location, reason, size)
              : new SourceRecord.Refused(location, reason, size));
    }
    try {
      long size = Files.size(path);
      if (size == 0) {
        return Stream.of(new SourceRecord.Refused(location, "empty file"));
      }
      String source = path.toAbsolutePath().normalize().toString();
      if (type.get() == MediaType.ARTICLE_JSON) {
        return JsonLinesSplitter.split(path, location, source, limits, clock);
      }
      if (size > limits.maxDocumentBytes()) {
        return Stream.of(new SourceRecord.Refused(location, tooLarge(size, limits), size));
      }
      byte[] bytes = Files.readAllBytes(path);
      Capture capture = Capture.of(source, type.get(), clock.instant(), bytes);
      return Stream.of(new SourceRecord.Captured(location, capture));
    } catch (IOException e) {
      return Stream.of(new SourceRecord.Refused(location, describe(e)));
    }
  }

  /**
   * The total size in bytes of the files {@link #read} would visit at {@code location}, for a
   * progress bar; walks the tree, but reads no file.
   */
  public long totalBytes(String location) {
    try {
      Path path = Path.of(location);
      if (!Files.isDirectory(path)) {
        return sizeOrZero(path);
      }
      try (Stream<FileTreeWalker.Entry> entries = new FileTreeWalker(path).stream()) {
        return entries.mapToLong(e -> sizeOrZero(e.path())).sum();
      }
    } catch (InvalidPathException e) {
      return 0;
    }
  }

  private static long sizeOrZero(Path path) {
    try {
      return Files.isRegularFile(path) ? Files.size(path) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** The media type a file's extension says it holds, if we read that type. */
  static Optional<MediaType> mediaTypeOf(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  static String tooLarge(long size, IngestLimits limits) {
    return "too large: %,d bytes is over the %,d-byte input limit"
        .formatted(size, limits.maxDocumentBytes());
  }

  static String describe(IOException e) {
    return switch (e) {
      case NoSuchFileException n -> "no such file or directory";
      case AccessDeniedException a -> "permission denied";
      default ->
          "cannot read: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    };
  }
}
