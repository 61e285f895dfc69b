package io.authwire.it;

import feign.Param;
import feign.RequestLine;
import io.authwire.ClientCredentials;

@ClientCredentials(envPrefix = "BILLING", scopes = "invoices.read")
public interface InvoicesApi {

  @RequestLine("GET /api/invoices/{id}")
  Invoice invoice(@Param("id") String id);

  @RequestLine("GET /api/locked")
  String locked();

  @RequestLine("GET /api/admin")
  String admin();

  record Invoice(String id, long amountCents, String status) {}
}
