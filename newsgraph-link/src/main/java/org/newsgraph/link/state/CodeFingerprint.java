package org.newsgraph.link.state;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.lucene.util.VectorUtil;

/**
 * A checksum of the code that makes a saved state: the files the given classes were loaded from (a
 * jar, or a folder of class files while developing) and the runtime they run on. Another build may
 * decide differently from the one that saved the state, and a state it did not make would hand it
 * stories it would not have built, so a state is read only by the build that wrote it; after an
 * upgrade the first run replays the catalog instead, as it did before there were saved states.
 */
public final class CodeFingerprint {

  private CodeFingerprint() {}

  /**
   * The checksum of the jars or class folders {@code classes} come from, of Lucene's (whose dot
   * products the similarities rest on), and of the runtime: the Java version and whether the
   * incubating vector module is loaded, under which those products add in another order and so
   * differ in their last bits.
   */
  public static long of(Class<?>... classes) throws IOException {
    List<Path> locations = new ArrayList<>();
    for (Class<?> c : classes) {
      locations.add(location(c));
    }
    locations.add(location(VectorUtil.class));
    CRC32 crc = new CRC32();
    crc.update(Long.toString(of(locations)).getBytes(StandardCharsets.UTF_8));
    crc.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
    boolean simd = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    crc.update((simd ? "simd" : "scalar").getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** The checksum of the files (jars) and folders (every file in them) at {@code locations}. */
  static long of(List<Path> locations) throws IOException {
    CRC32 crc = new CRC32();
    for (Path where : locations) {
      if (Files.isDirectory(where)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(where)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path f : files) {
          crc.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          crc.update(Files.readAllBytes(f));
        }
      } else {
        crc.update(Files.readAllBytes(where));
      }
    }
    return crc.getValue();
  }

  private static Path location(Class<?> c) throws IOException {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IOException("cannot tell where " + c.getName() + " was loaded from");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("cannot read " + source.getLocation(), e);
    }
  }
}
