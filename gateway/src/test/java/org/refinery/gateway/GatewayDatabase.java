package org.refinery.gateway;

import org.refinery.test.engines.TestEngines;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The gateway's database on the test JVM's embedded PostgreSQL: one database shared by every
 * gateway context of the JVM, as replicas share one in production.
 */
public final class GatewayDatabase {

	private GatewayDatabase() {
	}

	public static void wiring(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestEngines.postgres().database("gateway"));
		registry.add("spring.datasource.username", () -> TestEngines.postgres().username());
		registry.add("spring.datasource.password", () -> TestEngines.postgres().password());
		// At JVM exit PostgreSQL stops while cached contexts still close; don't wait long for it.
		registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
	}

}
