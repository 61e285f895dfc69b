package io.authwire.examples;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.authwire.BasicAuth;
import java.util.List;

/** An accounts API behind HTTP Basic. */
@BasicAuth(envPrefix = "ACCOUNTS")
public interface AccountsApi {

  @RequestLine("GET /accounts")
  List<Account> accounts();

  @RequestLine("POST /accounts")
  @Headers("Content-Type: application/json")
  Account open(Account account);

  @RequestLine("GET /accounts/{id}")
  Account account(@Param("id") String id);

  /** An account. */
  record Account(String id, String owner, long balanceCents) {}
}
