package io.authwire.processor.validation;

import java.util.List;

/** Feign's annotations and HTTP methods, named rather than loaded. */
final class FeignNames {
  static final String REQUEST_LINE = "feign.RequestLine";
  static final String HEADERS = "feign.Headers";
  static final String BODY = "feign.Body";
  static final String PARAM = "feign.Param";

  /** {@code feign.Request.HttpMethod}. */
  static final List<String> HTTP_METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

  private FeignNames() {}
}
