package io.authwire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class SpringInjectionTest {
  @RegisterExtension final LoopbackDotEnv env = new LoopbackDotEnv();

  @Test
  void anImportedGeneratedClassIsABean() {
    try (AnnotationConfigApplicationContext context =
        new AnnotationConfigApplicationContext(ImportedClient.class)) {
      WeatherApi weather = context.getBean(WeatherApi.class);

      assertEquals(21.5, weather.forecast("Rome").temperature());
      assertSame(weather, context.getBean(WeatherApi.class));
    }
  }

  @Test
  void aBeanMethodCanCreateTheClient() {
    try (AnnotationConfigApplicationContext context =
        new AnnotationConfigApplicationContext(ClientBean.class)) {
      assertEquals(21.5, context.getBean(WeatherApi.class).forecast("Kyiv").temperature());
    }
  }
}
