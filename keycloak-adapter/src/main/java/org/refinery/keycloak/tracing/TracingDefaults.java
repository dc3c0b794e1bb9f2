package org.refinery.keycloak.tracing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.Map;

/**
 * Refinery's tracing defaults, at the lowest precedence so that any application.yml, profile or
 * environment variable overrides them: W3C {@code traceparent} produced (Boot consumes W3C and B3), every trace
 * sampled (nothing is exported unless an exporter is configured, so sampling costs little and a
 * trace is never half-recorded across services), and Spring Kafka's observation on, so that the
 * trace of a request travels in the records it publishes and is continued by their consumers.
 */
public class TracingDefaults implements EnvironmentPostProcessor {

	static final Map<String, Object> DEFAULTS = Map.of(
			"management.tracing.propagation.produce", "w3c",
			"management.tracing.sampling.probability", "1.0",
			"spring.kafka.template.observation-enabled", "true",
			"spring.kafka.listener.observation-enabled", "true");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		DefaultPropertiesPropertySource.addOrMerge(DEFAULTS, environment.getPropertySources());
	}

}
