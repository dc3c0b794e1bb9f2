package org.refinery.devstack.services;

import org.junit.jupiter.api.Test;
import org.refinery.devstack.ports.Ports;
import org.refinery.devstack.process.Progress;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceFleetTest {

	private static ServiceFleet fleet(Ports ports) {
		return new ServiceFleet(Path.of("/tmp/refinery"), "0.1.0-SNAPSHOT", ports, Path.of("/tmp/refinery/logs"),
				Progress.console());
	}

	@Test
	void one_replica_keeps_the_names_and_ports_of_today() {
		ServiceFleet fleet = fleet(Ports.defaults());
		assertThat(fleet.names()).containsExactly("backlog-service", "dependency-service", "alignment-service",
				"forecast-service", "gateway");
		assertThat(fleet.url("gateway")).isEqualTo("http://localhost:8080");
		assertThat(GatewayArguments.instanceList(Ports.defaults())).contains(
				"--spring.cloud.discovery.client.simple.instances.backlog-service[0].uri=http://localhost:8081")
			.hasSize(4);
	}

	@Test
	void each_replica_has_a_name_ports_and_a_log_of_its_own() {
		ServiceFleet fleet = fleet(Ports.defaults().withReplicas(2));
		assertThat(fleet.names()).containsExactly("backlog-service", "backlog-service-2", "dependency-service",
				"dependency-service-2", "alignment-service", "alignment-service-2", "forecast-service",
				"forecast-service-2", "gateway", "gateway-2");
		assertThat(fleet.url("backlog-service-2")).isEqualTo("http://localhost:8281");
		assertThat(fleet.managementUrl("gateway-2")).isEqualTo("http://localhost:9280");
		assertThat(fleet.readiness("forecast-service-2").toString())
			.isEqualTo("http://localhost:9284/actuator/health/readiness");
	}

	@Test
	void every_gateway_is_told_every_replica_of_each_service() {
		assertThat(GatewayArguments.instanceList(Ports.defaults().withReplicas(2))).containsExactly(
				"--spring.cloud.discovery.client.simple.instances.backlog-service[0].uri=http://localhost:8081",
				"--spring.cloud.discovery.client.simple.instances.backlog-service[1].uri=http://localhost:8281",
				"--spring.cloud.discovery.client.simple.instances.dependency-service[0].uri=http://localhost:8082",
				"--spring.cloud.discovery.client.simple.instances.dependency-service[1].uri=http://localhost:8282",
				"--spring.cloud.discovery.client.simple.instances.alignment-service[0].uri=http://localhost:8083",
				"--spring.cloud.discovery.client.simple.instances.alignment-service[1].uri=http://localhost:8283",
				"--spring.cloud.discovery.client.simple.instances.forecast-service[0].uri=http://localhost:8084",
				"--spring.cloud.discovery.client.simple.instances.forecast-service[1].uri=http://localhost:8284");
	}

}
