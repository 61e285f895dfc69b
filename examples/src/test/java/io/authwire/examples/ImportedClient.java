package io.authwire.examples;

// snippet: spring-import
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration
@Import(AuthwireWeatherApi.class)
class ImportedClient {}
// end snippet
