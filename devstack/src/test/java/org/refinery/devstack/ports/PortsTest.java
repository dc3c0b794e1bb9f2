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
	void an_ephemeral_range_too_low_to_pick_below_is_said_at_once() {
		assertThatThrownBy(() -> new FreePorts(10_500)).hasMessageContaining("ephemeral port range starts at 10500");
	}

	@Test
	void a_port_outside_the_valid_range_is_refused() {
		assertThatThrownBy(() -> Ports.defaults().with(Port.GATEWAY, 70000)).hasMessageContaining("--gateway-port");
	}

}
