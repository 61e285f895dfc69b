package io.authwire.runtime.internal.flow;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The unguessable values of a sign-in: {@code state} (RFC 6749 §10.12) and the PKCE verifier and
 * its S256 challenge (RFC 7636 §4.1, §4.2).
 */
public final class Pkce {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private Pkce() {}

  /** 256 random bits, base64url without padding: 43 characters, a valid verifier and state. */
  public static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  /** {@code BASE64URL(SHA256(ASCII(verifier)))}. */
  public static String challenge(String verifier) {
    try {
      return BASE64URL.encodeToString(
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Compares in time that does not depend on where the two differ. */
  public static boolean sameValue(String expected, String actual) {
    return actual != null
        && MessageDigest.isEqual(expected.getBytes(US_ASCII), actual.getBytes(US_ASCII));
  }
}
