package io.authwire.it;

import feign.Param;
import feign.RequestLine;
import io.authwire.AuthorizationCode;

@AuthorizationCode(envPrefix = "BILLING_USER", scopes = "invoices.read", refreshSkewSeconds = 0)
public interface UserInvoicesApi {

  @RequestLine("GET /api/invoices/{id}")
  InvoicesApi.Invoice invoice(@Param("id") String id);
}
