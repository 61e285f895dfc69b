/**
 * What generated Authwire clients call. Only {@code io.authwire.runtime} is exported: the client
 * builder, the auth configurations and the exceptions; everything under {@code internal} may change
 * in any release.
 */
module io.authwire.runtime {
  requires transitive io.authwire.annotations;
  requires transitive feign.core;
  // Generated clients are annotated @Inject and @Singleton wherever the runtime is read.
  requires transitive jakarta.inject;
  requires feign.jackson;
  requires com.fasterxml.jackson.databind;
  // The loopback redirect receiver of command-line sign-in (RFC 8252).
  requires jdk.httpserver;

  exports io.authwire.runtime;
  // Feign calls a Capability's enrich methods reflectively.
  exports io.authwire.runtime.internal.transport to
      feign.core;
}
