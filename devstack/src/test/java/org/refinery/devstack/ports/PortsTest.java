package org.refinery.devstack.ports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortsTest {

	@Test
	void defaults_are_the_ports_of_the_design() {
		Ports ports = Ports.defaults();
		assertThat(ports.of(Port.GATEWAY)).isEqualTo(8080);
		assertThat(ports.of(Port.KEYCLOAK)).isEqualTo(8180);
		assertThat(ports.of(Port.BACKLOG)).isEqualTo(8081);
		assertThat(ports.of(Port.FORECAST)).isEqualTo(8084);
		assertThat(ports.of(Port.KAFKA)).isEqualTo(9092);
		assertThat(ports.of(Port.POSTGRES)).isEqualTo(15432);
		assertThat(ports.of(Port.GATEWAY_MANAGEMENT)).isEqualTo(9080);
		assertThat(ports.of(Port.BACKLOG_MANAGEMENT)).isEqualTo(9081);
		assertThat(ports.of(Port.FORECAST_MANAGEMENT)).isEqualTo(9084);
	}

	@Test
	void a_management_port_has_a_setting_of_its_own() {
		assertThat(Port.BACKLOG_MANAGEMENT.setting()).isEqualTo("--backlog-management-port");
	}

	@Test
	void an_offset_shifts_every_port() {
		Ports shifted = Ports.defaults().offsetBy(100);
		for (Port port : Port.values()) {
			assertThat(shifted.of(port)).isEqualTo(port.defaultPort() + 100);
		}
	}

	@Test
	void a_taken_port_fails_fast_naming_the_port_and_the_setting_that_changes_it() throws IOException {
		try (var taken = new ServerSocket(0)) {
			Ports ports = Ports.free().with(Port.BACKLOG, taken.getLocalPort());
			assertThatThrownBy(ports::requireAvailable).isInstanceOf(PortUnavailable.class)
				.hasMessageContaining("port " + taken.getLocalPort() + " (backlog) is already in use")
				.hasMessageContaining("--backlog-port");
		}
	}

	@Test
	void one_port_for_two_components_is_refused() {
		Ports ports = Ports.free();
		Ports clash = ports.with(Port.DEPENDENCY, ports.of(Port.ALIGNMENT));
		assertThatThrownBy(clash::requireAvailable).hasMessageContaining("--alignment-port");
	}

	@Test
	void free_ports_lie_below_the_kernels_ephemeral_range_all_different_and_available() {
		Ports ports = Ports.free();
		for (Port port : Port.values()) {
			assertThat(ports.of(port)).as(port.label()).isBetween(10_000, FreePorts.ephemeralStart() - 1);
		}
		assertThat(ports.values().values()).doesNotHaveDuplicates();
		ports.requireAvailable();
	}

	@Test
	void one_replica_is_the_default_and_its_ports_are_the_components_own() {
		Ports ports = Ports.defaults();
		assertThat(ports.replicaCount()).isEqualTo(1);
		assertThat(ports.of(Port.GATEWAY, 1)).isEqualTo(8080);
		assertThatThrownBy(() -> ports.of(Port.GATEWAY, 2)).hasMessageContaining("gateway has no replica 2");
	}

	@Test
	void replicas_of_the_default_ports_miss_keycloak_kafka_and_each_other() {
		Ports ports = Ports.defaults().withReplicas(Ports.MAX_REPLICAS);
		var all = new java.util.ArrayList<Integer>();
		for (Port port : Port.values()) {
			for (int replica = 1; replica <= (port.replicated() ? Ports.MAX_REPLICAS : 1); replica++) {
				all.add(ports.of(port, replica));
			}
		}
		assertThat(all).doesNotHaveDuplicates();
		assertThat(ports.of(Port.GATEWAY, 2)).isEqualTo(8280);
		assertThat(ports.of(Port.FORECAST_MANAGEMENT, 5)).isEqualTo(9884);
		assertThatThrownBy(() -> ports.of(Port.KAFKA, 2)).hasMessageContaining("kafka has no replica 2");
	}

	@Test
	void an_offset_shifts_the_replicas_ports_too() {
		Ports shifted = Ports.defaults().withReplicas(2).offsetBy(100);
		assertThat(shifted.of(Port.BACKLOG, 2)).isEqualTo(8381);
	}

	@Test
	void free_ports_for_replicas_are_all_different_and_available() {
		Ports ports = Ports.free(3);
		assertThat(ports.replicaCount()).isEqualTo(3);
		var all = new java.util.ArrayList<>(ports.values().values());
		ports.replicas().values().forEach(all::addAll);
		assertThat(all).hasSize(Port.values().length + 2 * 10).doesNotHaveDuplicates();
		ports.requireAvailable();
	}

	@Test
	void a_replica_on_the_port_of_another_component_is_refused() {
		Ports clash = Ports.defaults().with(Port.BACKLOG, 8280).withReplicas(2);
		assertThatThrownBy(clash::requireAvailable).hasMessageContaining("port 8280 is set for both gateway of replica 2 and backlog (change --backlog-port)");
	}

	@Test
	void an_ephemeral_range_too_low_to_pick_below_is_said_at_once() {
		assertThatThrownBy(() -> new FreePorts(10_500)).hasMessageContaining("ephemeral port range starts at 10500");
	}

	@Test
	void a_port_outside_the_valid_range_is_refused() {
		assertThatThrownBy(() -> Ports.defaults().with(Port.GATEWAY, 70000)).hasMessageContaining("--gateway-port");
	}

}
