package test;

import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.authwire.ClientAuth;
import io.authwire.ClientCredentials;

@ClientCredentials(
    envPrefix = "BILLING",
    tokenUrl = "https://auth.example.com/oauth2/token",
    scopes = {"invoices.read", "invoices.write"},
    clientAuth = ClientAuth.CLIENT_SECRET_POST,
    refreshSkewSeconds = 30)
interface BillingApi {

  @RequestLine("POST /invoices/{id}/pay")
  @Headers("Content-Type: application/json")
  @Body("%7B\"amount\": {amount}%7D")
  <T extends Number> void pay(@Param("id") long id, @Param("amount") T amount);
}
