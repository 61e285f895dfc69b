package io.authwire.benchmarks;

import feign.RequestLine;
import io.authwire.ApiKeyAuth;
import io.authwire.ClientCredentials;
import java.util.List;

/** The benchmarked call: one GET answered with a small JSON body, decoded into a record. */
public interface ItemApi {

  @RequestLine("GET /item")
  Item item();

  /** What {@code GET /item} answers. */
  record Item(long id, String name, List<String> tags, double price) {}

  /** Authwire, the key in {@code X-API-Key}. */
  @ApiKeyAuth(envPrefix = "BENCH_HEADER", header = "X-API-Key")
  interface HeaderKey extends ItemApi {}

  /** Authwire, the key in {@code ?api_key=}. */
  @SuppressWarnings("authwire:api-key-in-query")
  @ApiKeyAuth(envPrefix = "BENCH_QUERY", query = "api_key")
  interface QueryKey extends ItemApi {}

  /** Authwire, an OAuth 2.0 client-credentials token. */
  @ClientCredentials(envPrefix = "BENCH_TOKEN")
  interface Token extends ItemApi {}
}
