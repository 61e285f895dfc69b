package io.authwire.runtime.token;

import feign.Client;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory token endpoint for the cache's timing rules: answers from a script, counts
 * requests, and can hold a response until released, so tests control every interleaving.
 */
final class ScriptedTokenServer implements Client {
  private final ConcurrentLinkedQueue<Response.Builder> script = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger issued = new AtomicInteger();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  /** Answers the next request with a fresh token valid for {@code seconds}. */
  ScriptedTokenServer token(long seconds) {
    int n = issued.incrementAndGet();
    return respond(200, Map.of(),
        "{\"access_token\":\"token-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":" + seconds + "}");
  }

  ScriptedTokenServer respond(int status, Map<String, String> headers, String body) {
    Map<String, Collection<String>> responseHeaders = new java.util.HashMap<>();
    headers.forEach((name, value) -> responseHeaders.put(name, List.of(value)));
    script.add(
        Response.builder()
            .status(status)
            .headers(responseHeaders)
            .body(body, StandardCharsets.UTF_8));
    return this;
  }

  /** Holds every response until {@link #release()}. */
  void hold() {
    gate = new CountDownLatch(1);
  }

  void release() {
    gate.countDown();
  }

  int requests() {
    return requests.get();
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    requests.incrementAndGet();
    try {
      if (!gate.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the token response");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Response.Builder next = script.poll();
    if (next == null) {
      throw new IllegalStateException("no scripted response left for request " + requests.get());
    }
    return next.request(request).build();
  }
}
