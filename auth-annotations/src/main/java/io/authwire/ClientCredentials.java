package io.authwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates {@code Authwire<Name>}, a client that obtains OAuth 2.0 access tokens with the client
 * credentials grant (RFC 6749 §4.4) and sends them as {@code Authorization: Bearer}. Reads {@code
 * {envPrefix}_CLIENT_ID}, {@code {envPrefix}_CLIENT_SECRET} and, where used, {@code
 * {envPrefix}_TOKEN_URL} and {@code {envPrefix}_SCOPE}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ClientCredentials {

  /** Prefix of every variable read, for example {@code BILLING} for {@code BILLING_CLIENT_ID}. */
  String envPrefix();

  /** API root; {@code {envPrefix}_BASE_URL} overrides it, and one of them must be set. */
  String baseUrl() default "";

  /** Token endpoint; {@code {envPrefix}_TOKEN_URL} overrides it, and one of them must be set. */
  String tokenUrl() default "";

  /** Requested scopes; {@code {envPrefix}_SCOPE} (space-separated) overrides them. */
  String[] scopes() default {};

  /** How the client authenticates to the token endpoint. */
  ClientAuth clientAuth() default ClientAuth.CLIENT_SECRET_BASIC;

  /** Refresh this long before expiry, capped at half the token's lifetime. */
  int refreshSkewSeconds() default 60;
}
