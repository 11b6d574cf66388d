package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

class FileSourceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private final FileSource source = new FileSource(IngestLimits.defaults(), CLOCK);

  private List<SourceRecord> read(Path path) {
    return read(source, path);
  }

  private static List<SourceRecord> read(FileSource source, Path path) {
    try (Stream<SourceRecord> records = source.read(path.toString())) {
      return records.toList();
    }
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  @Test
  void capturesTextAndHtmlFilesWithTheirMediaTypeTimeAndAbsoluteSource() throws IOException {
    Path txt = write("a.txt", "Some text.");
    Path html = write("b.HTML", "<p>Some html.</p>");

    Capture t = ((SourceRecord.Captured) read(txt).get(0)).capture();
    Capture h = ((SourceRecord.Captured) read(html).get(0)).capture();

    assertEquals(MediaType.TEXT_PLAIN, t.mediaType());
    assertEquals(MediaType.TEXT_HTML, h.mediaType());
    assertEquals(CLOCK.instant(), t.capturedAt());
    assertEquals(txt.toAbsolutePath().normalize().toString(), t.source());
    assertEquals("Some text.", new String(t.content(), StandardCharsets.UTF_8));
  }

  @Test
  void walksFoldersRecursivelyInNameOrder() throws IOException {
    write("b.txt", "b");
    write("a/z.txt", "z");
    write("a/b/c.html", "<p>c</p>");

    List<String> found = read(dir).stream().map(SourceRecord::location).toList();

    assertEquals(
        List.of(
            dir.resolve("a/b/c.html").toString(),
            dir.resolve("a/z.txt").toString(),
            dir.resolve("b.txt").toString()),
        found);
  }

  @Test
  void skipsHiddenEntriesAndReportsFilesOfOtherTypesInFoldersAsSkipped() throws IOException {
    write("article.txt", "text");
    write(".hidden.txt", "secret");
    write(".git/config.txt", "git");
    write("photo.png", "not really a png");

    List<SourceRecord> records = read(dir);

    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isInstanceOf(SourceRecord.Captured.class);
    SourceRecord.Skipped skipped = (SourceRecord.Skipped) records.get(1);
    assertThat(skipped.location()).endsWith("photo.png");
    assertThat(skipped.reason()).contains("unsupported file type");
  }

  @Test
  void refusesAFileOfAnotherTypeWhenNamedExplicitly() throws IOException {
    Path png = write("photo.png", "x");
    SourceRecord.Refused r = (SourceRecord.Refused) read(png).get(0);
    assertThat(r.reason()).contains("unsupported file type").contains(".txt");
  }

  @Test
  void refusesAMissingPathWithOneReason() {
    List<SourceRecord> records = read(dir.resolve("nope.txt"));
    assertEquals(
        List.of(
            new SourceRecord.Refused(
                dir.resolve("nope.txt").toString(), "no such file or directory")),
        records);
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path empty = write("empty.txt", "");
    assertEquals("empty file", ((SourceRecord.Refused) read(empty).get(0)).reason());
  }

  @Test
  void refusesAFileAboveTheSizeLimitWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: costs no disk, but is 50 MB long
    }
    SourceRecord.Refused r = (SourceRecord.Refused) read(big).get(0);
    assertThat(r.reason()).startsWith("too large").contains("52,428,800").contains("10,485,760");
    assertEquals(50L * 1024 * 1024, r.size());
  }

  @Test
  void theSizeLimitIsConfigurable() throws IOException {
    Path p = write("small.txt", "0123456789");
    FileSource strict = new FileSource(new IngestLimits(5), CLOCK);
    assertThat(read(strict, p).get(0)).isInstanceOf(SourceRecord.Refused.class);
    FileSource lenient = new FileSource(new IngestLimits(10), CLOCK);
    assertThat(read(lenient, p).get(0)).isInstanceOf(SourceRecord.Captured.class);
  }

  @Test
  void splitsJsonLinesIntoOneCapturePerNonBlankLine() throws IOException {
    Path p = write("feed.jsonl", "{\"text\":\"one\"}\r\n\n  \n{\"text\":\"two\"}");

    List<SourceRecord> records = read(p);

    assertThat(records).hasSize(2);
    SourceRecord.Captured first = (SourceRecord.Captured) records.get(0);
    SourceRecord.Captured second = (SourceRecord.Captured) records.get(1);
    assertEquals(p + ":1", first.location());
    assertEquals(p + ":4", second.location());
    assertEquals(MediaType.ARTICLE_JSON, first.capture().mediaType());
    assertEquals(
        "{\"text\":\"one\"}", new String(first.capture().content(), StandardCharsets.UTF_8));
    assertThat(second.capture().source()).endsWith("feed.jsonl:4");
  }

  @Test
  void refusesAnOverlongJsonLineAndKeepsReadingTheRest() throws IOException {
    Path p =
        write(
            "feed.jsonl",
            "{\"text\":\"ok\"}\n{\"text\":\"" + "x".repeat(100) + "\"}\n{\"text\":\"fine\"}\n");
    FileSource small = new FileSource(new IngestLimits(50), CLOCK);

    List<SourceRecord> records = read(small, p);

    assertThat(records).hasSize(3);
    assertThat(records.get(0)).isInstanceOf(SourceRecord.Captured.class);
    assertThat(((SourceRecord.Refused) records.get(1)).reason()).startsWith("too large");
    assertEquals(p + ":2", records.get(1).location());
    assertThat(records.get(2)).isInstanceOf(SourceRecord.Captured.class);
  }

  @Test
  void sameBytesInDifferentFilesGetTheSameCaptureId() throws IOException {
    Path a = write("a.txt", "identical");
    Path b = write("sub/b.txt", "identical");
    String idA = ((SourceRecord.Captured) read(a).get(0)).capture().id();
    String idB = ((SourceRecord.Captured) read(b).get(0)).capture().id();
    assertEquals(idA, idB);
  }

  @Test
  void totalBytesCountsEveryFileTheWalkVisits() throws IOException {
    write("a.txt", "12345");
    write("b/c.html", "123");
    write(".hidden.txt", "1234567890");
    assertEquals(8, source.totalBytes(dir.toString()));
    assertEquals(0, source.totalBytes(dir.resolve("missing").toString()));
  }
}
