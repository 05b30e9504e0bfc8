package io.github.eparcours.core.internal.http;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.http.HttpErrorCodes;
import io.github.eparcours.core.http.HttpEventListener;
import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.http.Interceptor;
import io.github.eparcours.core.http.RequestBody;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.io.BoundedInputStream;
import io.github.eparcours.core.spi.HttpTransport;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's {@link HttpTransport} on {@link java.net.http.HttpClient}. Immutable and
 * thread-safe; see {@link io.github.eparcours.core.http.JdkHttpTransport} for the behaviour.
 */
public final class JdkHttpTransportImpl implements HttpTransport {

  private static final Logger LOG = LoggerFactory.getLogger(JdkHttpTransportImpl.class);

  /** Chunks of 64 KiB, at most 16 waiting: 1 MiB of request body in flight per call. */
  static final int PIPE_CHUNK = 64 * 1024;
  static final int PIPE_CAPACITY = 16;

  private final JdkTransportSettings settings;
  private final HttpClient client;
  private final ExecutorService bodyWriters;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates the transport.
   *
   * @param settings validated settings
   */
  public JdkHttpTransportImpl(JdkTransportSettings settings) {
    this.settings = settings;
    this.bodyWriters = Executors.newCachedThreadPool(daemonThreads("eparcours-http-body-"));
    this.client = HttpClient.newBuilder()
        .sslContext(settings.sslContext())
        .sslParameters(settings.sslParameters())
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(settings.http2() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .build();
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    long start = System.nanoTime();
    notify(l -> l.callStart(request));
    try {
      HttpResponse response = new Chain(0, request).proceed(request);
      notify(l -> l.callEnd(request, response.status(), since(start)));
      return response;
    } catch (EparcoursException e) {
      notify(l -> l.callFailed(request, e, since(start)));
      throw e;
    } catch (RuntimeException e) {
      // An interceptor broke its contract: keep the promise that only SDK exceptions escape.
      EparcoursClientException wrapped = FailureMapper.failure(HttpErrorCodes.INVALID_REQUEST,
          request + ": an interceptor failed with " + e.getClass().getSimpleName()
              + "; fix the interceptor", e, false);
      notify(l -> l.callFailed(request, wrapped, since(start)));
      throw wrapped;
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    bodyWriters.shutdownNow();
    // HttpClient is AutoCloseable from Java 21 on; on 17 its threads end with the client.
    Object c = client;
    if (c instanceof AutoCloseable) {
      try {
        ((AutoCloseable) c).close();
      } catch (Exception e) {
        LOG.debug("closing the HTTP client failed", e);
      }
    }
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[connectTimeout=" + settings.connectTimeout() + ", responseTimeout="
        + settings.responseTimeout() + ", " + settings.retryPolicy() + ", maxResponseBytes="
        + settings.maxResponseBytes() + "]";
  }

  private final class Chain implements Interceptor.Chain {
    private final int index;
    private final HttpRequest request;

    Chain(int index, HttpRequest request) {
      this.index = index;
      this.request = request;
    }

    @Override
    public HttpRequest request() {
      return request;
    }

    @Override
    public HttpResponse proceed(HttpRequest next) {
      List<Interceptor> interceptors = settings.interceptors();
      if (index < interceptors.size()) {
        HttpResponse response = interceptors.get(index).intercept(new Chain(index + 1, next));
        if (response == null) {
          throw new EparcoursClientException(HttpErrorCodes.INVALID_REQUEST,
              next + ": interceptor " + interceptors.get(index).getClass().getName()
                  + " returned no response; an interceptor must return a response");
        }
        return response;
      }
      return sendWithRetries(next);
    }
  }

  private HttpResponse sendWithRetries(HttpRequest request) {
    RetryPolicy policy = settings.retryPolicy();
    for (int attempt = 1; ; attempt++) {
      if (closed.get()) {
        throw new EparcoursClientException(HttpErrorCodes.TRANSPORT_CLOSED,
            request + ": the transport is closed; create a new one (transports are meant to "
                + "live as long as the application)");
      }
      final int current = attempt;
      notify(l -> l.attemptStart(request, current));
      long start = System.nanoTime();
      HttpResponse response;
      try {
        response = sendOnce(request);
      } catch (EparcoursClientException e) {
        notify(l -> l.attemptFailed(request, current, e));
        if (!mayRetry(request, attempt) || !policy.retryOnConnectionFailure()
            || !e.isRetryable()) {
          throw e;
        }
        pause(request, attempt + 1, backoff(policy, attempt), e.code().value());
        continue;
      }
      notify(l -> l.responseHeaders(request, current, response.status(), since(start)));
      if (!mayRetry(request, attempt) || !policy.retryStatuses().contains(response.status())) {
        return response;
      }
      Duration delay = backoff(policy, attempt);
      Optional<String> retryAfter = response.header("Retry-After");
      if (retryAfter.isPresent()) {
        Optional<Duration> asked =
            RetryAfter.parse(retryAfter.get(), settings.clock().instant());
        if (asked.isPresent()) {
          if (asked.get().compareTo(policy.maxRetryAfter()) > 0) {
            return response;
          }
          delay = asked.get();
        }
      }
      response.close();
      pause(request, attempt + 1, delay, "status " + response.status());
    }
  }

  private boolean mayRetry(HttpRequest request, int attempt) {
    return attempt < settings.retryPolicy().maxAttempts() && request.idempotent()
        && request.body().map(RequestBody::isReplayable).orElse(true);
  }

  private static Duration backoff(RetryPolicy policy, int attempt) {
    return policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
  }

  private void pause(HttpRequest request, int nextAttempt, Duration delay, String reason) {
    notify(l -> l.retryScheduled(request, nextAttempt, delay, reason));
    try {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EparcoursClientException(HttpErrorCodes.INTERRUPTED,
          request + ": interrupted while waiting to retry; the call was abandoned", e, false);
    }
  }

  private HttpResponse sendOnce(HttpRequest request) {
    java.net.http.HttpRequest.Builder builder;
    AtomicReference<Throwable> bodyFailure = new AtomicReference<>();
    AtomicReference<BodyPipe> pipe = new AtomicReference<>();
    try {
      builder = java.net.http.HttpRequest.newBuilder(request.uri())
          .timeout(request.timeout().orElse(settings.responseTimeout()));
      request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
      Optional<RequestBody> body = request.body();
      if (body.isPresent() && request.header("Content-Type").isEmpty()) {
        builder.header("Content-Type", body.get().contentType());
      }
      builder.method(request.method(),
          body.isPresent() ? publisher(body.get(), bodyFailure, pipe) : BodyPublishers.noBody());
    } catch (IllegalArgumentException e) {
      throw new EparcoursClientException(HttpErrorCodes.INVALID_REQUEST, request
          + ": the request cannot be sent as built (" + e.getMessage() + "); headers such as "
          + "Host, Connection, Content-Length and Expect are set by the transport", e, false);
    }
    java.net.http.HttpResponse<InputStream> response;
    try {
      response = client.send(builder.build(), BodyHandlers.ofInputStream());
    } catch (IOException e) {
      Throwable failure = bodyFailure.get();
      if (failure != null || isLengthMismatch(e)) {
        throw new EparcoursClientException(HttpErrorCodes.REQUEST_BODY_FAILED, request
            + ": the request body could not be produced ("
            + (failure != null ? failure.getClass().getSimpleName() : e.getMessage())
            + "); check its source and that it writes exactly contentLength() bytes",
            failure != null ? failure : e, false);
      }
      throw FailureMapper.map(e, request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EparcoursClientException(HttpErrorCodes.INTERRUPTED,
          request + ": interrupted while waiting for the response; the call was abandoned", e,
          false);
    } finally {
      BodyPipe p = pipe.get();
      if (p != null) {
        p.abandon();
      }
    }
    return toResponse(request, response);
  }

  private HttpResponse toResponse(HttpRequest request,
      java.net.http.HttpResponse<InputStream> response) {
    long limit = settings.maxResponseBytes();
    OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
    if (!request.method().equals("HEAD") && declared.isPresent() && declared.getAsLong() > limit) {
      try {
        response.body().close();
      } catch (IOException e) {
        LOG.debug("closing an oversized response failed", e);
      }
      throw tooLarge(request.toString(), limit);
    }
    return HttpResponse.builder()
        .status(response.statusCode())
        .headers(response.headers().map())
        .body(boundedBody(response.body(), limit, request.toString()))
        .request(request)
        .build();
  }

  /**
   * Bounds a response body: reading past {@code limit} drops the connection and throws
   * {@link HttpErrorCodes#RESPONSE_TOO_LARGE}.
   */
  static InputStream boundedBody(InputStream body, long limit, String what) {
    return BoundedInputStream.closingOnExcess(body, limit, () -> tooLarge(what, limit));
  }

  private static EparcoursClientException tooLarge(String what, long limit) {
    return new EparcoursClientException(HttpErrorCodes.RESPONSE_TOO_LARGE,
        "the response body of " + what + " exceeds the limit of " + limit + " bytes; the "
            + "connection was dropped. Raise maxResponseBytes on the transport if such "
            + "responses are expected", null, false);
  }

  private BodyPublisher publisher(RequestBody body, AtomicReference<Throwable> failure,
      AtomicReference<BodyPipe> pipeHolder) {
    if (body instanceof RequestBodies.BytesBody) {
      return BodyPublishers.ofByteArray(((RequestBodies.BytesBody) body).bytes());
    }
    if (body instanceof RequestBodies.FileBody) {
      try {
        return BodyPublishers.ofFile(((RequestBodies.FileBody) body).file());
      } catch (FileNotFoundException e) {
        throw new EparcoursClientException(HttpErrorCodes.REQUEST_BODY_FAILED,
            "the request body file is gone; check that it exists until the call ends", e, false);
      }
    }
    BodyPublisher streamed = BodyPublishers.ofInputStream(() -> {
      BodyPipe pipe = new BodyPipe(PIPE_CAPACITY, PIPE_CHUNK);
      pipeHolder.set(pipe);
      bodyWriters.execute(() -> {
        try (OutputStream out = pipe.sink()) {
          body.writeTo(out);
        } catch (IOException | RuntimeException e) {
          failure.compareAndSet(null, e);
          pipe.fail(e);
        }
      });
      return pipe.source();
    });
    long length = body.contentLength();
    return length >= 0 ? BodyPublishers.fromPublisher(streamed, length)
        : BodyPublishers.fromPublisher(streamed);
  }

  private static boolean isLengthMismatch(IOException e) {
    String m = e.getMessage();
    return m != null && m.contains("bytes") && m.contains("publisher");
  }

  private void notify(Consumer<HttpEventListener> event) {
    try {
      event.accept(settings.eventListener());
    } catch (RuntimeException e) {
      LOG.debug("an HttpEventListener threw; the event is ignored", e);
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
