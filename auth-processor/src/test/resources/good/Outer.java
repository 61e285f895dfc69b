package test;

import feign.RequestLine;
import io.authwire.BasicAuth;

public class Outer {

  @BasicAuth(envPrefix = "ACCOUNTS")
  public interface Inner {

    @RequestLine("GET /me")
    String me();
  }
}
