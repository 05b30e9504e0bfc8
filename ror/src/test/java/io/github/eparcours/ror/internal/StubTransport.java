package io.github.eparcours.ror.internal;

import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.spi.HttpTransport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A scripted transport for unit tests: answers queued statuses and bodies, records requests. */
final class StubTransport implements HttpTransport {

  private record Answer(int status, String body) {}

  private final Deque<Answer> answers = new ArrayDeque<>();
  final List<HttpRequest> requests = new ArrayList<>();

  StubTransport answer(int status, String body) {
    answers.add(new Answer(status, body));
    return this;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    requests.add(request);
    Answer a = answers.isEmpty() ? new Answer(500, "") : answers.poll();
    return HttpResponse.builder().status(a.status()).request(request)
        .body(new ByteArrayInputStream(a.body().getBytes(StandardCharsets.UTF_8))).build();
  }

  @Override
  public void close() {}
}
