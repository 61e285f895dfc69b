package io.authwire.spring.app;

import feign.RequestLine;
import io.authwire.ClientCredentials;

@ClientCredentials(envPrefix = "BILLING")
public interface BillingApi {
  @RequestLine("GET /invoices")
  String invoices();
}
