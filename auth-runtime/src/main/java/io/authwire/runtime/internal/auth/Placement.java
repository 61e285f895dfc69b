package io.authwire.runtime.internal.auth;

import feign.Request;

/** Where a credential travels in a request. */
public sealed interface Placement permits HeaderPlacement, QueryPlacement {

  /** What logs and exceptions show in place of a credential. */
  String REDACTED = "<redacted>";

  /** The request carrying {@code value} here, replacing whatever it carried here before. */
  Request put(Request request, String value);

  /** The request carrying {@link #REDACTED} here, for everything that may be logged or shown. */
  Request mark(Request request);

  /** The request without this credential, for a redirect to another origin. */
  Request remove(Request request);

  static Placement header(String name) {
    return new HeaderPlacement(name);
  }

  static Placement query(String name) {
    return new QueryPlacement(name);
  }
}
