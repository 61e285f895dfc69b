package io.authwire.runtime.internal.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.codec.Decoder;
import feign.codec.Encoder;
import feign.optionals.OptionalDecoder;

/** The codecs a generated client starts with: JSON both ways, {@code Optional} returns allowed. */
public final class JsonCodecs {
  private JsonCodecs() {}

  /** A mapper that tolerates fields the client does not know, as API evolution requires. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  }

  public static Encoder encoder() {
    return new JsonEncoder(mapper());
  }

  public static Decoder decoder() {
    return new OptionalDecoder(new JsonDecoder(mapper()));
  }
}
