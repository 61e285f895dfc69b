package io.authwire.runtime.internal.token;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Client;
import feign.Request;
import feign.Response;
import io.authwire.ClientAuth;
import io.authwire.runtime.HostileServer;
import io.authwire.runtime.HostileServer.Behaviour;
import io.authwire.runtime.internal.transport.DefaultClient;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JVM-wide refresher's threads are started by whichever caller needs a token first; they keep
 * nothing of it, neither its inheritable thread-locals (a web request's context) nor its context
 * class loader (a web application's, which would outlive an undeploy).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RefresherThreadsTest {
  static final InheritableThreadLocal<Object> REQUEST_CONTEXT = new InheritableThreadLocal<>();

  @Test
  void refreshThreadsTakeNothingFromTheCallerThatStartedThem() throws Exception {
    try (HostileServer server = HostileServer.start().on("/token", Behaviour.tokens(2))) {
      AtomicReference<ClassLoader> loaderInRefresh = new AtomicReference<>();
      AtomicReference<Object> contextInRefresh = new AtomicReference<>();
      CountDownLatch refreshed = new CountDownLatch(1);
      Client recording =
          new Client() {
            private final Client delegate = new DefaultClient();

            @Override
            public Response execute(Request request, Request.Options options)
                throws java.io.IOException {
              if (Thread.currentThread().getName().equals("authwire-token-refresh")) {
                loaderInRefresh.set(Thread.currentThread().getContextClassLoader());
                contextInRefresh.set(REQUEST_CONTEXT.get());
                refreshed.countDown();
              }
              return delegate.execute(request, options);
            }
          };
      TokenRequest tokenRequest =
          new TokenRequest(
              server.url() + "/token",
              "refresher-" + System.nanoTime(),
              "secret",
              List.of(),
              ClientAuth.CLIENT_SECRET_BASIC);
      TokenCache cache =
          TokenCaches.forRequest(
              tokenRequest,
              () ->
                  new TokenEndpoint(
                      recording, tokenRequest, java.time.Clock.systemUTC(), Ticker.SYSTEM));
      CacheCalls calls =
          new CacheCalls(cache, new Request.Options(), Duration.ofSeconds(60).toNanos());

      ClassLoader webApp = new URLClassLoader(new URL[0], null);
      Object requestData = new Object();
      Thread caller =
          new Thread(
              () -> {
                REQUEST_CONTEXT.set(requestData);
                calls.credential();
                try {
                  Thread.sleep(1100); // past half the 2 s lifetime: refresh due
                } catch (InterruptedException e) {
                  return;
                }
                calls.credential(); // starts the background refresh
              },
              "web-request");
      caller.setContextClassLoader(webApp);
      caller.start();
      caller.join(10_000);
      assertTrue(refreshed.await(5, TimeUnit.SECONDS), "no background refresh seen");

      assertNull(
          contextInRefresh.get(),
          "the caller's inheritable thread local lives on in the refresher");
      assertNotSame(
          webApp,
          loaderInRefresh.get(),
          "the caller's context class loader is pinned by the refresher");
    }
  }
}
