package io.authwire.runtime;

import io.authwire.runtime.internal.auth.Authentication;
import io.authwire.runtime.internal.auth.CredentialSource;
import io.authwire.runtime.internal.auth.Placement;
import io.authwire.runtime.internal.env.VariableReader;
import io.authwire.runtime.internal.transport.TransportPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** {@code @BasicAuth}: HTTP Basic (RFC 7617) with UTF-8 credentials. */
public final class BasicConfig extends AuthConfig {

  BasicConfig(String envPrefix, String baseUrl) {
    super(envPrefix, baseUrl);
  }

  public BasicConfig baseUrl(String baseUrl) {
    return new BasicConfig(envPrefix(), baseUrl);
  }

  @Override
  Authentication read(VariableReader reader, TransportPolicy policy) {
    String userVariable = variable("USER");
    String passVariable = variable("PASS");
    String user = reader.require(userVariable);
    String pass = reader.require(passVariable);
    reader.refuseControlCharacters(userVariable, user);
    if (user != null && user.indexOf(':') >= 0) {
      reader.invalid(userVariable, "must not contain ':' (RFC 7617); the password may");
    }
    reader.refuseControlCharacters(passVariable, pass);
    String value =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
    return new Authentication(
        Placement.header("Authorization"),
        client -> CredentialSource.fixed(value),
        List.of(userVariable, passVariable));
  }

  @Override
  public String toString() {
    return "BasicConfig(envPrefix=" + envPrefix() + ")";
  }
}
