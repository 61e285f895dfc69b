package io.authwire.examples;

import feign.Param;
import feign.RequestLine;
import io.authwire.ClientCredentials;

/** A billing API that takes OAuth 2.0 access tokens. */
@ClientCredentials(
    envPrefix = "BILLING",
    scopes = {"invoices.read"})
public interface BillingApi {

  @RequestLine("GET /invoices/{id}")
  Invoice invoice(@Param("id") String id);

  /** An invoice. */
  record Invoice(String id, long amountCents, String status) {}
}
