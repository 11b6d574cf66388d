package org.newsgraph.link.state;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file {@link StateWriter} wrote, refusing with an {@link IOException} anything that is not
 * what the caller expects: another kind of file, one whose checksum does not match (checked over
 * the whole file before anything is read from it, so damaged bytes are never parsed), a section of
 * another name or version, a length that cannot be right, or a file that ends early or goes on
 * after what was read ({@link #finish}).
 */
public final class StateReader implements Closeable {

  private final DataInputStream in;
  private final long fileSize;
  // arrays are read in one go through this rather than a value at a time
  private byte[] scratch = new byte[1024];

  private StateReader(Path file) throws IOException {
    this.fileSize = Files.size(file);
    verifyChecksum(file, fileSize);
    this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    try {
      in.readInt(); // the magic number, checked with the checksum
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** Opens {@code file} and checks that it is a state file. */
  public static StateReader open(Path file) throws IOException {
    return new StateReader(file);
  }

  /** Reads the start of a section, refusing another name or version. */
  public void section(String name, int version) throws IOException {
    String found = readString();
    int v = in.readInt();
    if (!found.equals(name) || v != version) {
      throw new IOException(
          "expected section " + name + " version " + version + ", found " + found + " " + v);
    }
  }

  public int readInt() throws IOException {
    return in.readInt();
  }

  public long readLong() throws IOException {
    return in.readLong();
  }

  public double readDouble() throws IOException {
    return in.readDouble();
  }

  public boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  /** A count written with {@link StateWriter#writeInt}, checked against what the file can hold. */
  public int readCount() throws IOException {
    int n = in.readInt();
    if (n < 0 || n > fileSize) {
      throw new IOException("damaged state file: a count of " + n);
    }
    return n;
  }

  public String readString() throws IOException {
    byte[] bytes = new byte[readCount()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  public float @Nullable [] readFloats() throws IOException {
    int n = in.readInt();
    if (n == -1) {
      return null;
    }
    float[] v = new float[checked(n, 4)];
    bytes(n * 4).asFloatBuffer().get(v);
    return v;
  }

  public double[] readDoubles() throws IOException {
    double[] v = new double[checked(in.readInt(), 8)];
    bytes(v.length * 8).asDoubleBuffer().get(v);
    return v;
  }

  public int[] readInts() throws IOException {
    int[] v = new int[checked(in.readInt(), 4)];
    bytes(v.length * 4).asIntBuffer().get(v);
    return v;
  }

  /** The next {@code n} bytes, as a big-endian buffer over scratch space reused between calls. */
  private ByteBuffer bytes(int n) throws IOException {
    if (scratch.length < n) {
      scratch = new byte[Math.max(n, scratch.length * 2)];
    }
    in.readFully(scratch, 0, n);
    return ByteBuffer.wrap(scratch, 0, n);
  }

  public @Nullable Instant readInstant() throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    long seconds = in.readLong();
    return Instant.ofEpochSecond(seconds, in.readInt());
  }

  /** Checks that what was read ends where the checksum starts: nothing missed, nothing extra. */
  public void finish() throws IOException {
    in.readLong(); // the checksum, verified on opening
    if (in.read() != -1) {
      throw new IOException("damaged state file: data after the end");
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private int checked(int n, int bytesEach) throws IOException {
    if (n < 0 || (long) n * bytesEach > Math.min(fileSize, Integer.MAX_VALUE - 8)) {
      throw new IOException("damaged state file: an array of " + n);
    }
    return n;
  }

  /**
   * Reads the whole file once: the magic number first, then the checksum of everything before the
   * last eight bytes against those bytes.
   */
  private static void verifyChecksum(Path file, long size) throws IOException {
    if (size < 12) {
      throw new IOException("not a newsgraph state file");
    }
    try (InputStream raw = Files.newInputStream(file)) {
      CRC32 crc = new CRC32();
      byte[] buffer = new byte[1 << 16];
      long left = size - 8;
      boolean first = true;
      while (left > 0) {
        int want = (int) Math.min(buffer.length, left);
        int n = raw.readNBytes(buffer, 0, want);
        if (n < want) {
          throw new IOException("damaged state file: it ends early");
        }
        if (first && ByteBuffer.wrap(buffer, 0, 4).getInt() != StateWriter.MAGIC) {
          throw new IOException("not a newsgraph state file");
        }
        first = false;
        crc.update(buffer, 0, n);
        left -= n;
      }
      byte[] stored = raw.readNBytes(8);
      if (stored.length != 8 || ByteBuffer.wrap(stored).getLong() != crc.getValue()) {
        throw new IOException("damaged state file: checksum mismatch");
      }
    }
  }
}
