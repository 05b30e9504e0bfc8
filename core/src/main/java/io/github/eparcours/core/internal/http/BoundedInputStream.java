package io.github.eparcours.core.internal.http;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.http.HttpErrorCodes;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body that refuses to yield more than a limit: reading past it closes the connection
 * and throws {@link HttpErrorCodes#RESPONSE_TOO_LARGE}. Not thread-safe.
 */
final class BoundedInputStream extends FilterInputStream {

  private final long limit;
  private final String what;
  private long count;

  BoundedInputStream(InputStream in, long limit, String what) {
    super(in);
    this.limit = limit;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    // Ask for one byte more than allowed so that a body of exactly the limit is accepted.
    long room = limit - count + 1;
    int n = super.read(b, off, (int) Math.min(len, Math.max(room, 1)));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - count + 1));
    counted(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void counted(long n) throws IOException {
    count += n;
    if (count > limit) {
      in.close();
      throw tooLarge(what, limit);
    }
  }

  static EparcoursClientException tooLarge(String what, long limit) {
    return new EparcoursClientException(HttpErrorCodes.RESPONSE_TOO_LARGE,
        "the response body of " + what + " exceeds the limit of " + limit + " bytes; the "
            + "connection was dropped. Raise maxResponseBytes on the transport if such "
            + "responses are expected", null, false);
  }
}
