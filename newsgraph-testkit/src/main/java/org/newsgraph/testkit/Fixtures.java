package org.newsgraph.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads test fixtures from the test classpath ({@code src/test/resources}). A missing fixture is a
 * test failure that names the file, never an empty stand-in. Files ending in {@code .gz} are
 * gunzipped.
 */
public final class Fixtures {

  private static final Pattern LISTED_FILE =
      Pattern.compile("^[-*]\\s+`([^`]+)`", Pattern.MULTILINE);

  private Fixtures() {}

  /** The bytes of fixture {@code name} (a classpath path such as {@code "text/page.txt"}). */
  public static byte[] bytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + name, e);
    }
  }

  /** The text of fixture {@code name}, decoded as UTF-8. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** The file of fixture {@code name}; fixtures are plain files in a Maven build. */
  public static Path path(String name) {
    URL url = Fixtures.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new AssertionError("missing test fixture: " + name + " (not on the test classpath)");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("fixture URL is not a path: " + url, e);
    }
  }

  /**
   * Copies fixtures {@code names} from fixture folder {@code folder} into a new folder {@code
   * target}, under their own names; returns {@code target}.
   */
  public static Path copyInto(Path target, String folder, String... names) {
    try {
      Files.createDirectories(target);
      for (String name : names) {
        Files.copy(path(folder + "/" + name), target.resolve(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy fixtures into " + target, e);
    }
    return target;
  }

  /** The regular files directly in fixture folder {@code folder}, sorted, README excluded. */
  public static List<Path> filesIn(String folder) {
    try (Stream<Path> files = Files.list(path(folder))) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("README"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list fixture folder " + folder, e);
    }
  }

  /**
   * The file names a fixture folder's README lists, one per bullet of the form {@code - `name`:
   * where it came from}.
   */
  public static List<String> listedInReadme(String folder) {
    String readme = text(folder + "/README.md");
    List<String> names = new ArrayList<>();
    Matcher m = LISTED_FILE.matcher(readme);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new AssertionError("missing test fixture: " + name + " (not on the test classpath)");
    }
    return name.endsWith(".gz") ? new GZIPInputStream(in) : in;
  }
}
