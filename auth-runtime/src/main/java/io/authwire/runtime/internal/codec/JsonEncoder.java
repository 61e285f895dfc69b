package io.authwire.runtime.internal.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.Encoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;

/** Encodes bodies as JSON with Jackson; a {@code String} or {@code byte[]} body is sent as is. */
public final class JsonEncoder implements Encoder {
  private final Encoder json;
  private final Encoder raw = new Encoder.Default();

  public JsonEncoder(ObjectMapper mapper) {
    this.json = new JacksonEncoder(mapper);
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    if (bodyType == String.class || bodyType == byte[].class) {
      raw.encode(object, bodyType, template);
    } else {
      json.encode(object, bodyType, template);
      if (template.headers().keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
        template.header("Content-Type", "application/json");
      }
    }
  }
}
