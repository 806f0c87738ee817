package dev.covrun.merger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes handed to the reader, so a failure can name the offset where reading stopped. */
final class CountingInputStream extends FilterInputStream {

  private long position;

  CountingInputStream(InputStream in) {
    super(in);
  }

  /** Bytes read so far. */
  long position() {
    return position;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      position++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      position += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    position += skipped;
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
