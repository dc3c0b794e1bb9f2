package org.refinery.test.service;

import org.refinery.test.engines.RealEnginesInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service as deployed: on a random port, on real PostgreSQL and Kafka, validating tokens
 * from {@code KeycloakTokens.shared()}. Every test class so annotated shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { RealEnginesInitializer.class, TokenIssuerInitializer.class })
public @interface ServiceTest {

}
