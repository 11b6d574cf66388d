package org.newsgraph.extract.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns captured bytes into text, or says why they are not text. Order matters: first known binary
 * formats by their magic numbers (so a PNG renamed {@code .txt} is named as a PNG), then a byte
 * order mark, then strict UTF-8 (no silent replacement characters: a wrongly-encoded file is
 * reported with the offset of its first bad byte), then a check for control characters that text
 * never contains.
 */
public final class TextDecoder {

  /** Either decoded text or the reason the bytes are not text. */
  public sealed interface Result {
    record Text(String text) implements Result {}

    record NotText(String reason) implements Result {}
  }

  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  /** Decodes {@code bytes} as UTF-8 (or UTF-16 when a byte order mark says so). */
  public static Result decode(byte[] bytes) {
    Optional<String> binary = binaryFormat(bytes);
    if (binary.isPresent()) {
      return new Result.NotText("binary content (" + binary.get() + "), not text");
    }
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    }
    String text;
    try {
      text = strictDecode(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      return new Result.NotText(e.getMessage());
    }
    if (looksBinary(text)) {
      return new Result.NotText("binary content (control characters), not text");
    }
    return new Result.Text(text);
  }

  /**
   * Whether the bytes are well-formed UTF-8 (no BOM handling): shortest forms only, no surrogates,
   * nothing above U+10FFFF. A plain loop with an ASCII fast path: it runs on every page.
   */
  public static boolean isValidUtf8(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int need;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + need >= n) {
        return false;
      }
      int cp = b & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int c = bytes[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += need + 1;
    }
    return true;
  }

  /** The name of a well-known binary format the bytes start with, if any. */
  public static Optional<String> binaryFormat(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return Optional.of("PNG image");
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return Optional.of("GIF image");
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("JPEG image");
    }
    if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E') {
      return Optional.of("WebP image");
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return Optional.of("PDF document");
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return Optional.of("ZIP archive");
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return Optional.of("gzip data");
    }
    if (startsWith(b, 'B', 'Z', 'h')) {
      return Optional.of("bzip2 data");
    }
    if (startsWith(b, 0xFD, '7', 'z', 'X', 'Z')) {
      return Optional.of("xz data");
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return Optional.of("executable");
    }
    if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return Optional.of("Java class file");
    }
    if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
      return Optional.of("video");
    }
    return Optional.empty();
  }

  private static String strictDecode(byte[] bytes, int offset, Charset charset)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) ((bytes.length - offset) * 1.1) + 16);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new MalformedText(
          "invalid %s at byte %d"
              .formatted(
                  charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name(), in.position()));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** Text never has NUL bytes, and rarely more than a few other C0 controls. */
  private static boolean looksBinary(String text) {
    int n = Math.min(text.length(), SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls > 8 && controls * 20 > n;
  }

  /** A decoding failure that says where the first bad byte is. */
  private static final class MalformedText extends CharacterCodingException {
    private final String message;

    MalformedText(String message) {
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
