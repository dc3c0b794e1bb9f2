package org.refinery.devstack.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refinery.devstack.process.Restarts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StateFileTest {

	@TempDir
	Path data;

	@Test
	void the_restarts_of_a_component_survive_the_round_trip_through_the_file() {
		var restarts = new Restarts(2, 137, Instant.parse("2026-12-07T01:02:03Z"), 1, false);
		var state = new StackState(42, Instant.parse("2026-12-07T01:00:00Z"), "ready", data.toString(), List.of(
				new ComponentState("gateway", "http://localhost:8080", 7, "http://localhost:8080/actuator/health", "g.log", null)
					.withRestarts(restarts)));
		var file = new StateFile(data);

		file.write(state);

		assertThat(file.read()).hasValueSatisfying(read -> assertThat(read.components().getFirst().restarts()).isEqualTo(restarts));
	}

	@Test
	void a_file_written_before_restarts_were_recorded_reads_as_none() throws Exception {
		Files.writeString(data.resolve("state.json"), """
				{"launcherPid":42,"startedAt":"2026-12-07T01:00:00Z","phase":"ready","dataDirectory":"/tmp/d",
				 "components":[{"name":"gateway","url":"http://localhost:8080","pid":7,
				 "healthCheck":"http://localhost:8080/actuator/health","log":"g.log"}]}""");

		assertThat(new StateFile(data).read()).hasValueSatisfying(
				read -> assertThat(read.components().getFirst().restarts()).isEqualTo(Restarts.NONE));
	}

}
