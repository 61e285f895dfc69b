package io.authwire.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SpringEnvironmentVariablesTest {
  @Test
  void relaxedNamesSplitAtTheSuffixAuthwireReads() {
    assertThat(SpringEnvironmentVariables.relaxedNames("BILLING_CLIENT_ID"))
        .containsExactly("billing.client-id");
    assertThat(SpringEnvironmentVariables.relaxedNames("WEATHER_API_API_KEY"))
        .containsExactly("weather-api.api-key");
    assertThat(SpringEnvironmentVariables.relaxedNames("A_B_C"))
        .isEqualTo(List.of("a.b-c", "a-b.c"));
  }

  @Test
  void theFirstSourceWithEitherNameWinsAndWithinItTheExactName() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("first", Map.of("billing.client-id", "relaxed-first")));
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "second",
                Map.of("BILLING_CLIENT_ID", "exact-second", "billing.scope", "${missing:a b}")));

    SpringEnvironmentVariables variables = new SpringEnvironmentVariables(environment);

    assertThat(variables.get("BILLING_CLIENT_ID")).contains("relaxed-first");
    assertThat(variables.get("BILLING_SCOPE")).contains("a b");
    assertThat(variables.get("BILLING_CLIENT_SECRET")).isEqualTo(Optional.empty());
  }
}
