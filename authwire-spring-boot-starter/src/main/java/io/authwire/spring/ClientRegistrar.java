package io.authwire.spring;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a bean for every indexed client, unless the application already has a bean of the
 * generated class or of the interface it implements.
 */
final class ClientRegistrar
    implements ImportBeanDefinitionRegistrar, BeanFactoryAware, BeanClassLoaderAware {
  private BeanFactory beanFactory;
  private ClassLoader classLoader;

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    for (Class<?> client : ClientIndex.clients(classLoader)) {
      if (!defined(client)) {
        register(client, registry);
      }
    }
  }

  private boolean defined(Class<?> client) {
    if (!(beanFactory instanceof ListableBeanFactory)) {
      return false;
    }
    ListableBeanFactory beans = (ListableBeanFactory) beanFactory;
    return Stream.concat(Stream.of(client), Arrays.stream(client.getInterfaces()))
        .anyMatch(type -> beans.getBeanNamesForType(type, true, false).length > 0);
  }

  private <C> void register(Class<C> client, BeanDefinitionRegistry registry) {
    RootBeanDefinition definition =
        new RootBeanDefinition(
            client, () -> beanFactory.getBean(AuthwireClients.class).create(client));
    registry.registerBeanDefinition(client.getName(), definition);
  }
}
