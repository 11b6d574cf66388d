package org.newsgraph.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void theUtf8CheckAgreesWithTheJdksStrictDecoderOnRandomBytes() {
    Random random = new Random(20261122);
    for (int i = 0; i < 100_000; i++) {
      byte[] bytes = new byte[random.nextInt(16)];
      random.nextBytes(bytes);
      assertEquals(
          jdkSaysValid(bytes),
          TextDecoder.isValidUtf8(bytes),
          () -> java.util.Arrays.toString(bytes));
    }
  }

  @Test
  void acceptsEveryKindOfSequenceAndRejectsOverlongsAndSurrogates() {
    assertEquals(true, TextDecoder.isValidUtf8("a é € 𝄞".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        false, TextDecoder.isValidUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF})); // overlong '/'
    assertEquals(
        false,
        TextDecoder.isValidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})); // surrogate
    assertEquals(
        false, TextDecoder.isValidUtf8(new byte[] {(byte) 0xE2, (byte) 0x82})); // truncated
  }

  private static boolean jdkSaysValid(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
