package io.github.eparcours.core.document.cda.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Decodes base64 text handed over in arbitrary chunks (as StAX delivers it), skipping white
 * space, into an output stream, with a bounded buffer.
 */
public final class Base64Sink {

  private static final int[] VALUES = new int[128];

  static {
    java.util.Arrays.fill(VALUES, -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = i;
    }
  }

  private final OutputStream out;
  private final byte[] buffer = new byte[48 * 1024];
  private int used;
  private int quantum;
  private int bits;
  private int padding;
  private long written;
  private boolean invalid;

  /**
   * Creates a sink.
   *
   * @param out where decoded bytes go
   */
  public Base64Sink(OutputStream out) {
    this.out = out;
  }

  /**
   * Decodes a chunk.
   *
   * @param chars the characters
   * @param start the first index
   * @param length how many
   * @throws IOException when the output fails
   */
  public void accept(char[] chars, int start, int length) throws IOException {
    if (invalid) {
      return;
    }
    for (int i = start, end = start + length; i < end; i++) {
      char c = chars[i];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        continue;
      }
      if (c == '=') {
        padding++;
        continue;
      }
      int v = c < 128 ? VALUES[c] : -1;
      if (v < 0 || padding > 0) {
        invalid = true;
        return;
      }
      bits = (bits << 6) | v;
      if (++quantum == 4) {
        if (used + 3 > buffer.length) {
          drain();
        }
        buffer[used++] = (byte) (bits >> 16);
        buffer[used++] = (byte) (bits >> 8);
        buffer[used++] = (byte) bits;
        quantum = 0;
        bits = 0;
      }
    }
  }

  /**
   * Ends decoding: writes the last partial group and flushes.
   *
   * @return false when the text was not valid base64
   * @throws IOException when the output fails
   */
  public boolean finish() throws IOException {
    if (invalid || padding > 2 || quantum == 1) {
      return false;
    }
    if (quantum == 2) {
      buffer[used++] = (byte) (bits >> 4);
    } else if (quantum == 3) {
      buffer[used++] = (byte) (bits >> 10);
      buffer[used++] = (byte) (bits >> 2);
    }
    drain();
    out.flush();
    return true;
  }

  /** @return decoded bytes written so far */
  public long written() {
    return written + used;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    written += used;
    used = 0;
  }
}
