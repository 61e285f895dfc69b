package io.authwire.processor.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How a client authenticates.
 *
 * @param settings attributes set explicitly, besides {@code envPrefix}, in source order
 */
public record AuthModel(AuthKind kind, String envPrefix, List<Setting> settings) {
  public AuthModel {
    requireNonNull(kind, "kind");
    requireNonNull(envPrefix, "envPrefix");
    settings = List.copyOf(settings);
  }
}
