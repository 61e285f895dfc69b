package io.authwire.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.authwire.runtime.MissingCredentialsException;
import io.authwire.spring.app.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/** A missing variable at start-up is Spring Boot's failure report, naming client and variables. */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisTest {

  @Test
  void aMissingVariableIsAReadableFailureReport(CapturedOutput output) {
    SpringApplication app = new SpringApplication(App.class);
    app.setDefaultProperties(
        java.util.Map.of(
            "spring.config.name", "nothing-here",
            "WEATHER_BASE_URL", "http://127.0.0.1:9",
            "WEATHER_API_KEY", "k",
            "BILLING_CLIENT_SECRET", "secret-not-shown",
            "BILLING_BASE_URL", "http://127.0.0.1:9"));

    assertThatThrownBy(app::run)
        .satisfies(
            e ->
                assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                    .isInstanceOf(MissingCredentialsException.class));

    assertThat(output.getAll())
        .contains("APPLICATION FAILED TO START")
        .contains("The Authwire client AuthwireBillingApi could not be created: missing or blank:")
        .contains("BILLING_CLIENT_ID (or billing.client-id)")
        .contains("BILLING_TOKEN_URL (or billing.token-url)")
        .contains("application.properties")
        .contains("authwire.clients.auto-register=false")
        .doesNotContain("secret-not-shown");
  }
}
