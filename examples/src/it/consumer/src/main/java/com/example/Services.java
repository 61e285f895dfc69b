package com.example;

import feign.RequestLine;
import io.authwire.ApiKeyAuth;
import io.authwire.BasicAuth;
import io.authwire.ClientCredentials;

/** The other placements and annotations, nested as a user might group them. */
public final class Services {
  private Services() {}

  @ApiKeyAuth(envPrefix = "SEARCH")
  public interface BearerApi {
    @RequestLine("GET /whoami")
    String whoami();
  }

  @ApiKeyAuth(envPrefix = "MAPS", query = "key")
  public interface QueryKeyApi {
    @RequestLine("GET /whoami")
    String whoami();
  }

  @BasicAuth(envPrefix = "ACCOUNTS")
  public interface AccountsApi {
    @RequestLine("GET /whoami")
    String whoami();
  }

  @ClientCredentials(envPrefix = "BILLING", scopes = "invoices.read")
  public interface BillingApi {
    @RequestLine("GET /whoami")
    String whoami();
  }
}
