package io.authwire.examples;

// snippet: dagger
import dagger.Binds;
import dagger.Component;
import dagger.Module;
import jakarta.inject.Singleton;

@Singleton
@Component(modules = WeatherComponent.WeatherModule.class)
interface WeatherComponent {
  WeatherApi weather();

  @Module
  interface WeatherModule {
    @Binds
    WeatherApi weather(AuthwireWeatherApi client);
  }
}
// end snippet
