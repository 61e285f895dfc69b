package io.authwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates {@code Authwire<Name>}, a client that sends HTTP Basic credentials read from {@code
 * {envPrefix}_USER} and {@code {envPrefix}_PASS} with every request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BasicAuth {

  /** Prefix of every variable read, for example {@code API} for {@code API_USER}. */
  String envPrefix();

  /** API root; {@code {envPrefix}_BASE_URL} overrides it, and one of them must be set. */
  String baseUrl() default "";
}
