package org.refinery.devstack.cli;

import org.junit.jupiter.api.Test;
import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.ports.Port;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentsTest {

	private final Path root = Path.of("/tmp/refinery");

	@Test
	void options_take_values_with_an_equals_sign_or_as_the_next_argument() {
		Arguments arguments = Arguments.parse("up", "--gateway-port=9080", "--port-offset", "5", "--fresh");
		assertThat(arguments.command()).isEqualTo("up");
		assertThat(arguments.flag("--fresh")).isTrue();
		DevstackSettings settings = SettingsArguments.apply(root, arguments);
		assertThat(settings.ports().of(Port.GATEWAY)).isEqualTo(9080);
		assertThat(settings.ports().of(Port.KEYCLOAK)).isEqualTo(8185);
		assertThat(settings.dataDirectory()).isEqualTo(root.resolve(".devstack"));
		assertThat(settings.seed()).isTrue();
	}

	@Test
	void no_seed_and_a_data_directory_can_be_chosen() {
		DevstackSettings settings = SettingsArguments.apply(root, Arguments.parse("up", "--no-seed", "--data-dir=/tmp/x"));
		assertThat(settings.seed()).isFalse();
		assertThat(settings.dataDirectory()).isEqualTo(Path.of("/tmp/x"));
	}

	@Test
	void replicas_run_beside_the_first_on_ports_two_hundred_apart_after_the_offset() {
		DevstackSettings settings = SettingsArguments.apply(root, Arguments.parse("up", "--replicas=2", "--port-offset=1"));
		assertThat(settings.ports().replicaCount()).isEqualTo(2);
		assertThat(settings.ports().of(Port.BACKLOG, 1)).isEqualTo(8082);
		assertThat(settings.ports().of(Port.BACKLOG, 2)).isEqualTo(8282);
		assertThat(settings.ports().of(Port.GATEWAY_MANAGEMENT, 2)).isEqualTo(9281);
	}

	@Test
	void more_replicas_than_the_ports_allow_are_a_usage_error() {
		assertThatThrownBy(() -> SettingsArguments.apply(root, Arguments.parse("up", "--replicas=6")))
			.isInstanceOf(Arguments.UsageError.class)
			.hasMessageContaining("--replicas must be between 1 and 5");
	}

	@Test
	void an_unknown_option_is_a_usage_error() {
		assertThatThrownBy(() -> SettingsArguments.apply(root, Arguments.parse("up", "--gatway-port=1")))
			.isInstanceOf(Arguments.UsageError.class)
			.hasMessageContaining("--gatway-port");
	}

	@Test
	void a_command_line_without_a_command_asks_for_help() {
		assertThat(Arguments.parse().command()).isEqualTo("help");
	}

}
