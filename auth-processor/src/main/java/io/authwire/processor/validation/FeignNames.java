package io.authwire.processor.validation;

import java.util.List;

/** Feign's annotations and types, named rather than loaded. */
final class FeignNames {
  static final String REQUEST_LINE = "feign.RequestLine";
  static final String HEADERS = "feign.Headers";
  static final String BODY = "feign.Body";
  static final String PARAM = "feign.Param";
  static final String QUERY_MAP = "feign.QueryMap";
  static final String HEADER_MAP = "feign.HeaderMap";
  static final String OPTIONS = "feign.Request.Options";

  /** {@code feign.Request.HttpMethod}. */
  static final List<String> HTTP_METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

  private FeignNames() {}
}
