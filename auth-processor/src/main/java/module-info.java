/**
 * The annotation processor that writes {@code Authwire<Name>} clients. It names the runtime and
 * Feign in the code it writes but never loads them.
 */
// JavaPoet and AutoService name their modules in their manifests only.
@SuppressWarnings("requires-automatic")
module io.authwire.processor {
  requires java.compiler;
  requires com.palantir.javapoet;
  requires static com.google.auto.service;

  provides javax.annotation.processing.Processor with
      io.authwire.processor.AuthwireProcessor;
}
