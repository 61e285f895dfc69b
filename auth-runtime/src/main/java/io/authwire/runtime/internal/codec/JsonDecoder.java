package io.authwire.runtime.internal.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;
import java.io.IOException;
import java.lang.reflect.Type;

/** Decodes JSON with Jackson; {@code String} and {@code byte[]} get the body as it came. */
public final class JsonDecoder implements Decoder {
  private final Decoder json;
  private final Decoder raw = new Decoder.Default();

  public JsonDecoder(ObjectMapper mapper) {
    this.json = new JacksonDecoder(mapper);
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    return type == String.class || type == byte[].class
        ? raw.decode(response, type)
        : json.decode(response, type);
  }
}
