package io.authwire.runtime.internal.transport;

import static java.util.Objects.requireNonNull;

import feign.FeignException;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.nio.ByteBuffer;

/**
 * Adds to Feign's 401 and 403 exceptions which variables to check. Exceptions of the user's own
 * error decoder pass through unchanged.
 */
public final class CredentialErrorDecoder implements ErrorDecoder {
  private final ErrorDecoder delegate;
  private final String variables;

  public CredentialErrorDecoder(ErrorDecoder delegate, String variables) {
    this.delegate = requireNonNull(delegate, "delegate");
    this.variables = requireNonNull(variables, "variables");
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Exception decoded = delegate.decode(methodKey, response);
    if (decoded.getClass() == FeignException.Unauthorized.class) {
      FeignException.Unauthorized unauthorized = (FeignException.Unauthorized) decoded;
      return new FeignException.Unauthorized(
          unauthorized.getMessage() + " The API rejected the credentials: check " + variables + ".",
          unauthorized.request(),
          body(unauthorized),
          unauthorized.responseHeaders());
    }
    if (decoded.getClass() == FeignException.Forbidden.class) {
      FeignException.Forbidden forbidden = (FeignException.Forbidden) decoded;
      return new FeignException.Forbidden(
          forbidden.getMessage()
              + " The credentials lack permission for this call: check the rights granted to "
              + variables
              + ".",
          forbidden.request(),
          body(forbidden),
          forbidden.responseHeaders());
    }
    return decoded;
  }

  private static byte[] body(FeignException exception) {
    return exception.responseBody().map(CredentialErrorDecoder::bytes).orElse(null);
  }

  private static byte[] bytes(ByteBuffer body) {
    byte[] bytes = new byte[body.remaining()];
    body.duplicate().get(bytes);
    return bytes;
  }
}
