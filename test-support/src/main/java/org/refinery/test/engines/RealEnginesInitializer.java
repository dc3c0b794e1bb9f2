package org.refinery.test.engines;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring context at the shared engines: its own database (named by
 * {@code refinery.test.database}, else {@code spring.application.name} with dashes as
 * underscores) and the broker.
 */
public class RealEnginesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		String database = environment.getProperty("refinery.test.database",
				environment.getProperty("spring.application.name", "refinery").replace('-', '_'));
		PostgresEngine postgres = TestEngines.postgres();
		Map<String, Object> properties = Map.of(
				"spring.datasource.url", postgres.database(database),
				"spring.datasource.username", postgres.username(),
				"spring.datasource.password", postgres.password(),
				// At JVM exit PostgreSQL stops while contexts still close; don't wait long for it.
				"spring.datasource.hikari.connection-timeout", "2000",
				"spring.kafka.bootstrap-servers", TestEngines.kafka().bootstrapServers());
		environment.getPropertySources().addFirst(new MapPropertySource("refineryTestEngines", properties));
	}

}
