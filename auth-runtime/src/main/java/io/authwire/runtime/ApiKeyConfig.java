package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import io.authwire.runtime.internal.auth.Authentication;
import io.authwire.runtime.internal.auth.CredentialSource;
import io.authwire.runtime.internal.auth.Placement;
import io.authwire.runtime.internal.env.VariableReader;
import io.authwire.runtime.internal.transport.TransportPolicy;
import java.util.List;

/** {@code @ApiKeyAuth}: an API key in a header or a query parameter. */
public final class ApiKeyConfig extends AuthConfig {
  private final String header;
  private final String scheme;
  private final String query;

  ApiKeyConfig(String envPrefix, String baseUrl, String header, String scheme, String query) {
    super(envPrefix, baseUrl);
    this.header = requireNonNull(header, "header");
    this.scheme = requireNonNull(scheme, "scheme");
    this.query = requireNonNull(query, "query");
    if (header.isBlank()) {
      throw new IllegalArgumentException("header must not be blank");
    }
  }

  public ApiKeyConfig baseUrl(String baseUrl) {
    return new ApiKeyConfig(envPrefix(), baseUrl, header, scheme, query);
  }

  /** The header that carries the key. */
  public ApiKeyConfig header(String header) {
    return new ApiKeyConfig(envPrefix(), baseUrl(), header, scheme, query);
  }

  /** The prefix of the value, used only with the {@code Authorization} header. */
  public ApiKeyConfig scheme(String scheme) {
    return new ApiKeyConfig(envPrefix(), baseUrl(), header, scheme, query);
  }

  /** Sends the key as this query parameter instead of a header. */
  public ApiKeyConfig query(String query) {
    return new ApiKeyConfig(envPrefix(), baseUrl(), header, scheme, query);
  }

  @Override
  Authentication read(VariableReader reader, TransportPolicy policy) {
    String variable = variable("API_KEY");
    String key = reader.require(variable);
    if (key != null) {
      reader.refuseControlCharacters(variable, key);
      if (query.isEmpty() && !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        reader.invalid(variable, "holds characters a header cannot carry (only printable ASCII)");
      }
    }
    Placement placement = query.isEmpty() ? Placement.header(header) : Placement.query(query);
    String value =
        query.isEmpty() && header.equalsIgnoreCase("Authorization") && !scheme.isEmpty()
            ? scheme + " " + key
            : key;
    return new Authentication(
        placement, client -> CredentialSource.fixed(value), List.of(variable));
  }

  @Override
  public String toString() {
    return "ApiKeyConfig(envPrefix="
        + envPrefix()
        + (query.isEmpty() ? ", header=" + header : ", query=" + query)
        + ")";
  }
}
