package io.github.eparcours.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BodyPipeTest {

  @Test
  void pipe_copiesEveryByteInOrder() throws Exception {
    BodyPipe pipe = new BodyPipe(4, 1000);
    byte[] data = new byte[123_457];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31);
    }
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = pipe.sink()) {
        out.write(data, 0, 10);
        out.write(data[10]);
        out.write(data, 11, data.length - 11);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    byte[] read;
    try (InputStream in = pipe.source()) {
      read = in.readAllBytes();
    }
    writer.get(10, TimeUnit.SECONDS);
    assertThat(MessageDigest.isEqual(read, data)).isTrue();
  }

  @Test
  void pipe_slowReader_writerWaitsWithBoundedBuffer() throws Exception {
    BodyPipe pipe = new BodyPipe(3, 1024);
    Thread writer = new Thread(() -> {
      try (OutputStream out = pipe.sink()) {
        out.write(new byte[1024 * 1024]);
      } catch (IOException e) {
        // Released by abandon() below.
      }
    });
    writer.start();
    // Wait until the writer blocks on the full pipe: nothing reads.
    while (writer.getState() != Thread.State.TIMED_WAITING && writer.isAlive()) {
      Thread.onSpinWait();
    }
    assertThat(writer.isAlive()).isTrue();
    assertThat(pipe.waitingChunks()).isLessThanOrEqualTo(3);

    pipe.abandon();
    writer.join(10_000);
    assertThat(writer.isAlive()).isFalse();
  }

  @Test
  void pipe_writerFailure_reachesTheReaderAsIoException() throws Exception {
    BodyPipe pipe = new BodyPipe(2, 16);
    IOException cause = new IOException("database gone");
    CompletableFuture.runAsync(() -> {
      try {
        OutputStream out = pipe.sink();
        out.write(new byte[10]);
        throw cause;
      } catch (IOException e) {
        pipe.fail(e);
      }
    }).get(10, TimeUnit.SECONDS);

    try (InputStream in = pipe.source()) {
      assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasCause(cause);
    }
  }
}
