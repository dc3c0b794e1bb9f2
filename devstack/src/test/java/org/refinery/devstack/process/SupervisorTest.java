package org.refinery.devstack.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SupervisorTest {

	@TempDir
	Path directory;

	private final Supervisor supervisor = new Supervisor(Progress.console());

	@Test
	void stopping_a_child_also_stops_the_processes_it_started() {
		supervisor.spawn(shell("parent", "sleep 300 & sleep 300 & wait"));
		await().atMost(Duration.ofSeconds(5)).until(() -> supervisor.processIds().size() == 3);
		Set<Long> pids = supervisor.processIds();

		supervisor.stop(List.of("parent"), Duration.ofSeconds(5));

		assertThat(pids).noneMatch(Liveness::running);
		assertThat(supervisor.processIds()).isEmpty();
	}

	@Test
	void a_child_runs_in_its_own_session_so_a_terminal_ctrl_c_does_not_reach_it() {
		Process child = supervisor.spawn(shell("session", "sleep 300"));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(sessionOf(child.pid())).isEqualTo(child.pid()));
		supervisor.stopRemaining(Duration.ofSeconds(5));
		assertThat(child.isAlive()).isFalse();
	}

	@Test
	void after_a_halt_nothing_new_starts() {
		supervisor.halt();
		assertThatThrownBy(() -> supervisor.spawn(shell("late", "sleep 1"))).isInstanceOf(StackStopped.class);
	}

	@Test
	void a_child_that_dies_while_starting_fails_the_wait_with_the_end_of_its_log() {
		supervisor.spawn(shell("broken", "echo 'port already in use'; exit 3"));
		assertThatThrownBy(() -> new Readiness(supervisor).await("broken", () -> false, Duration.ofSeconds(10)))
			.isInstanceOf(StartFailed.class)
			.hasMessageContaining("exited with code 3")
			.hasMessageContaining("port already in use");
	}

	@Test
	void a_killed_child_is_gone_at_once_and_respawns_as_it_was_started() throws Exception {
		Process first = supervisor.spawn(shell("crash", "echo started >> runs; sleep 300"));
		await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(directory.resolve("runs")));

		supervisor.kill("crash");
		Process second = supervisor.respawn("crash");

		assertThat(first.isAlive()).isFalse();
		assertThat(second.isAlive()).isTrue();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(Files.readAllLines(directory.resolve("runs"))).hasSize(2));
		supervisor.stopRemaining(Duration.ofSeconds(5));
	}

	@Test
	void a_child_still_running_is_not_respawned_beside_itself() {
		supervisor.spawn(shell("busy", "sleep 300"));
		assertThatThrownBy(() -> supervisor.respawn("busy")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("still running");
		supervisor.stopRemaining(Duration.ofSeconds(5));
	}

	private static long sessionOf(long pid) throws java.io.IOException {
		String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
		return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
	}

	private ProcessSpec shell(String name, String script) {
		return new ProcessSpec(name, List.of("/bin/sh", "-c", script), Map.of(), directory, directory.resolve(name + ".log"));
	}

}
