package io.authwire.runtime;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The interface runtime tests build clients for, as generated code would. */
interface EchoApi {

  @RequestLine("GET /echo?q={q}")
  String echo(@Param("q") String q);

  @RequestLine("POST /items")
  Item create(Item item);

  @RequestLine("GET /echo")
  @Headers("Proxy-Authorization: {proxy}")
  String viaProxy(@Param("proxy") String proxy);

  /** Feign sends this call to {@code host} instead of the base URL. */
  @RequestLine("GET /echo")
  String at(java.net.URI host);

  record Item(String name, int count) {}
}
