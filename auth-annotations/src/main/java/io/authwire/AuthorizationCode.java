package io.authwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates {@code Authwire<Name>}, whose clients act for a signed-in user: OAuth 2.0 authorization
 * code grant (RFC 6749 §4.1) with PKCE S256 (RFC 7636) and {@code state}, access tokens sent as
 * {@code Authorization: Bearer}, refresh tokens used and rotated (§6). Reads {@code
 * {envPrefix}_CLIENT_ID}, {@code {envPrefix}_CLIENT_SECRET} (optional: a public client uses PKCE
 * alone), {@code {envPrefix}_REDIRECT_URI} and, where used, {@code {envPrefix}_AUTHORIZE_URL},
 * {@code {envPrefix}_TOKEN_URL} and {@code {envPrefix}_SCOPE}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuthorizationCode {

  /** Prefix of every variable read, for example {@code GITHUB} for {@code GITHUB_CLIENT_ID}. */
  String envPrefix();

  /** API root; {@code {envPrefix}_BASE_URL} overrides it, and one of them must be set. */
  String baseUrl() default "";

  /**
   * Authorization endpoint the user's browser is sent to; {@code {envPrefix}_AUTHORIZE_URL}
   * overrides it, and one of them must be set.
   */
  String authorizeUrl() default "";

  /** Token endpoint; {@code {envPrefix}_TOKEN_URL} overrides it, and one of them must be set. */
  String tokenUrl() default "";

  /** Requested scopes; {@code {envPrefix}_SCOPE} (space-separated) overrides them. */
  String[] scopes() default {};

  /** Refresh this long before expiry, capped at half the token's lifetime. */
  int refreshSkewSeconds() default 60;
}
