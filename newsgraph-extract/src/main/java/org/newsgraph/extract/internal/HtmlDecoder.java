package org.newsgraph.extract.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of an HTML page into text. The encoding is found in this order: a byte order
 * mark; the HTTP {@code Content-Type} header; a {@code <meta charset>} or {@code http-equiv}
 * declaration in the first 4 kB; else detection. Declarations are checked against the bytes: a page
 * that says UTF-8 but is not, or says a legacy encoding but is valid UTF-8, is read as what it is.
 * Stray NUL bytes are dropped; binary files (images, archives, executables) are refused.
 */
public final class HtmlDecoder {

  /** The outcome: text, or why the bytes are not an HTML page. */
  public sealed interface Result permits Decoded, Result.NotHtml {
    /** The bytes are not a page. */
    record NotHtml(String reason) implements Result {}
  }

  /**
   * Decoded text.
   *
   * @param charset the encoding used
   * @param charsetSource where the encoding came from: "bom", "http", "meta", "detected", "utf-8
   *     (declared X)" when a declaration was wrong
   */
  public record Decoded(String text, Charset charset, String charsetSource) implements Result {}

  private static final int DECLARATION_WINDOW = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([a-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([a-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param contentType the HTTP {@code Content-Type} header, when the page came over HTTP
   */
  public static Result decode(byte[] bytes, @Nullable String contentType) {
    Optional<String> binary = TextDecoder.binaryFormat(bytes);
    if (binary.isPresent()) {
      return new Result.NotHtml("binary content (" + binary.get() + "), not HTML");
    }
    if (controlShare(bytes) > 0.05) {
      return new Result.NotHtml("binary content (control characters), not HTML");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return decoded(bytes, 3, StandardCharsets.UTF_8, "bom");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decoded(bytes, 2, StandardCharsets.UTF_16BE, "bom");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decoded(bytes, 2, StandardCharsets.UTF_16LE, "bom");
    }
    Charset declared = null;
    String source = null;
    if (contentType != null) {
      declared = charset(HEADER_CHARSET.matcher(contentType));
      source = "http";
    }
    if (declared == null) {
      String head =
          new String(
              bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
      declared = charset(META_CHARSET.matcher(head));
      source = "meta";
    }
    boolean validUtf8 = TextDecoder.isValidUtf8(bytes);
    if (declared == null) {
      return validUtf8
          ? decoded(bytes, 0, StandardCharsets.UTF_8, "detected")
          : decoded(bytes, 0, detect(bytes), "detected");
    }
    boolean declaresUtf8 = declared.equals(StandardCharsets.UTF_8);
    if (declaresUtf8 && !validUtf8) {
      return decoded(bytes, 0, detect(bytes), "detected (declared UTF-8, but it is not)");
    }
    if (!declaresUtf8 && validUtf8 && hasMultiByteSequences(bytes) && isAsciiCompatible(declared)) {
      return decoded(
          bytes,
          0,
          StandardCharsets.UTF_8,
          "detected (declared " + declared.name() + ", but it is UTF-8)");
    }
    return decoded(bytes, 0, declared, source);
  }

  private static Decoded decoded(byte[] bytes, int offset, Charset charset, String source) {
    String text = new String(bytes, offset, bytes.length - offset, charset);
    if (text.indexOf('\0') >= 0) {
      text = text.replace("\0", "");
    }
    return new Decoded(text, charset, source);
  }

  private static @Nullable Charset charset(Matcher m) {
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // Browsers read these labels as their supersets; so do we.
    name =
        switch (name) {
          case "iso-8859-1", "latin1", "us-ascii", "ascii", "iso8859-1" -> "windows-1252";
          case "utf8" -> "utf-8";
          default -> name;
        };
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label is as good as none
    }
  }

  /** The most likely encoding of bytes that are not UTF-8; windows-1252 when unsure. */
  static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name != null) {
      try {
        Charset c = Charset.forName(name);
        if (!c.equals(StandardCharsets.UTF_8)) {
          return c;
        }
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // fall through to the web's default
      }
    }
    return Charset.forName("windows-1252");
  }

  private static boolean isAsciiCompatible(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    return !n.startsWith("utf-16") && !n.startsWith("utf-32");
  }

  private static boolean hasMultiByteSequences(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** The share of C0 control bytes other than tab, line breaks and NUL runs of UTF-16. */
  private static double controlShare(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    if (n == 0) {
      return 0;
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0) {
        controls++;
      }
    }
    return controls / (double) n;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
