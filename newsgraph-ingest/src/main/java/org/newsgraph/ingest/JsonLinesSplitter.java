package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

/**
 * Splits a JSON-lines file into one capture per non-blank line, streaming, so files of any size can
 * be read. A line longer than the document limit is refused on its own (the rest of the file goes
 * on), and the capture of each line is exactly that line's bytes (without the line break), so the
 * same record always gets the same id.
 */
final class JsonLinesSplitter {

  private JsonLinesSplitter() {}

  static Stream<SourceRecord> split(
      Path path, String location, String source, IngestLimits limits, Clock clock)
      throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    Iterator<SourceRecord> lines = new Lines(in, location, source, limits, clock);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                in.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static final class Lines implements Iterator<SourceRecord> {
    private final InputStream in;
    private final String location;
    private final String source;
    private final IngestLimits limits;
    private final Clock clock;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private int lineNumber;
    private boolean eof;
    private SourceRecord next;

    Lines(InputStream in, String location, String source, IngestLimits limits, Clock clock) {
      this.in = in;
      this.location = location;
      this.source = source;
      this.limits = limits;
      this.clock = clock;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !eof) {
        next = readLine();
      }
      return next != null;
    }

    @Override
    public SourceRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      SourceRecord r = next;
      next = null;
      return r;
    }

    /** Reads one line; returns null for a blank line or at the end. */
    private SourceRecord readLine() {
      line.reset();
      lineNumber++;
      long length = 0;
      boolean tooLong = false;
      try {
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          length++;
          if (length > limits.maxDocumentBytes()) {
            tooLong = true;
          } else {
            line.write(b);
          }
        }
        if (b == -1) {
          eof = true;
        }
      } catch (IOException e) {
        eof = true;
        return new SourceRecord.Refused(
            location + ":" + lineNumber, "read failed: " + FileSource.describe(e));
      }
      String where = location + ":" + lineNumber;
      if (tooLong) {
        return new SourceRecord.Refused(where, FileSource.tooLarge(length, limits), length);
      }
      byte[] bytes = trimLineEnd(line.toByteArray());
      if (isBlank(bytes)) {
        return null;
      }
      Capture capture =
          Capture.of(source + ":" + lineNumber, MediaType.ARTICLE_JSON, clock.instant(), bytes);
      return new SourceRecord.Captured(where, capture);
    }

    private static byte[] trimLineEnd(byte[] bytes) {
      int end = bytes.length;
      if (end > 0 && bytes[end - 1] == '\r') {
        end--;
      }
      return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
    }

    private static boolean isBlank(byte[] bytes) {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }
}
