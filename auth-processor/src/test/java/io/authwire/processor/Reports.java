package io.authwire.processor;

import io.authwire.processor.base.Message;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The messages a negative test makes the processor report, all of them, across the invocations of a
 * parameterized test. {@link ReportsCheck} fails the test class if one was not reported.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Reports {
  Message[] value();
}
