package org.refinery.devstack.process;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real child processes crash (a {@code kill -9} from outside, or an exit of their own) and come back, or do not. */
class CrashRecoveryTest {

	private static final Duration QUICK = Duration.ofMillis(20);

	@TempDir
	Path directory;

	private final Supervisor supervisor = new Supervisor(Progress.console());

	private final AtomicInteger changes = new AtomicInteger();

	@AfterEach
	void stopEverything() {
		supervisor.halt();
		supervisor.stopRemaining(Duration.ofSeconds(5));
	}

	@Test
	void a_child_killed_from_outside_is_started_again_and_its_restart_is_recorded() {
		CrashRecovery recovery = watching(new RestartPolicy(QUICK, QUICK, Duration.ofHours(1), 3), "service", "sleep 300");
		long first = pidOf("service");

		ProcessHandle.of(first).orElseThrow().destroyForcibly();

		await().atMost(Duration.ofSeconds(10)).until(() -> running("service") && pidOf("service") != first);
		await().atMost(Duration.ofSeconds(5)).until(() -> recovery.of("service").count() == 1);
		Restarts restarts = recovery.of("service");
		assertThat(restarts.lastExitCode()).isEqualTo(137);
		assertThat(restarts.lastRestartAt()).isNotNull();
		assertThat(restarts.gaveUp()).isFalse();
		assertThat(changes).hasPositiveValue();
	}

	@Test
	void a_child_that_keeps_crashing_is_restarted_with_back_off_until_the_supervisor_gives_up() throws Exception {
		CrashRecovery recovery = watching(new RestartPolicy(QUICK, Duration.ofMillis(80), Duration.ofHours(1), 3), "broken",
				"sleep 0.3; echo run >> runs; exit 3");

		await().atMost(Duration.ofSeconds(15)).until(() -> recovery.of("broken").gaveUp());
		Thread.sleep(800);

		assertThat(recovery.of("broken")).satisfies(restarts -> {
			assertThat(restarts.count()).isEqualTo(3);
			assertThat(restarts.crashesInARow()).isEqualTo(4);
			assertThat(restarts.lastExitCode()).isEqualTo(3);
		});
		assertThat(Files.readAllLines(directory.resolve("runs"))).as("the first run and three restarts").hasSize(4);
		assertThat(running("broken")).isFalse();
	}

	@Test
	void a_child_that_stayed_up_long_enough_before_its_crash_starts_the_count_afresh() {
		CrashRecovery recovery = watching(new RestartPolicy(QUICK, QUICK, Duration.ZERO, 1), "steady", "sleep 300");

		for (int crash = 1; crash <= 3; crash++) {
			long pid = pidOf("steady");
			int restarted = crash;
			ProcessHandle.of(pid).orElseThrow().destroyForcibly();
			await().atMost(Duration.ofSeconds(10)).until(() -> recovery.of("steady").count() == restarted
					&& running("steady") && pidOf("steady") != pid);
		}

		assertThat(recovery.of("steady").gaveUp()).isFalse();
		assertThat(recovery.of("steady").crashesInARow()).isEqualTo(1);
	}

	@Test
	void a_child_that_crashes_again_before_staying_up_long_enough_is_not_restarted_past_the_limit() {
		CrashRecovery recovery = watching(new RestartPolicy(QUICK, QUICK, Duration.ofHours(1), 1), "flaky", "sleep 300");
		long first = pidOf("flaky");
		ProcessHandle.of(first).orElseThrow().destroyForcibly();
		await().atMost(Duration.ofSeconds(10)).until(() -> running("flaky") && pidOf("flaky") != first);
		long second = pidOf("flaky");

		ProcessHandle.of(second).orElseThrow().destroyForcibly();

		await().atMost(Duration.ofSeconds(10)).until(() -> recovery.of("flaky").gaveUp());
		assertThat(recovery.of("flaky").count()).isEqualTo(1);
		assertThat(running("flaky")).isFalse();
	}

	@Test
	void a_child_stopped_or_killed_on_purpose_is_not_restarted() throws Exception {
		CrashRecovery recovery = watching(new RestartPolicy(QUICK, QUICK, Duration.ofHours(1), 3), "stopped", "sleep 300");
		supervisor.spawn(shell("killed", "sleep 300"));
		recovery.watch(List.of("stopped", "killed"));

		supervisor.stop(List.of("stopped"), Duration.ofSeconds(5));
		supervisor.kill("killed");
		Thread.sleep(500);

		assertThat(running("stopped")).isFalse();
		assertThat(running("killed")).isFalse();
		assertThat(recovery.of("stopped")).isEqualTo(Restarts.NONE);
		assertThat(recovery.of("killed")).isEqualTo(Restarts.NONE);
	}

	@Test
	void a_child_respawned_on_purpose_after_a_kill_is_watched_again() {
		CrashRecovery recovery = watching(new RestartPolicy(QUICK, QUICK, Duration.ofHours(1), 3), "fault", "sleep 300");
		supervisor.kill("fault");
		long again = supervisor.respawn("fault").pid();

		ProcessHandle.of(again).orElseThrow().destroyForcibly();

		await().atMost(Duration.ofSeconds(10)).until(() -> recovery.of("fault").count() == 1 && running("fault"));
	}

	@Test
	void once_the_stack_stops_a_crash_is_not_restarted() throws Exception {
		CrashRecovery recovery = watching(new RestartPolicy(Duration.ofMillis(300), Duration.ofMillis(300),
				Duration.ofHours(1), 3), "late", "sleep 300");
		ProcessHandle.of(pidOf("late")).orElseThrow().destroyForcibly();
		await().atMost(Duration.ofSeconds(5)).until(() -> recovery.of("late").crashesInARow() == 1);

		supervisor.halt();
		Thread.sleep(800);

		assertThat(running("late")).isFalse();
		assertThat(recovery.of("late").count()).isZero();
	}

	@Test
	void a_crash_is_restarted_while_every_worker_of_the_common_pool_is_busy() {
		CrashRecovery recovery = watching(new RestartPolicy(QUICK, QUICK, Duration.ofHours(1), 3), "pooled", "sleep 300");
		long first = pidOf("pooled");
		var release = new CountDownLatch(1);
		var busy = new ArrayList<CompletableFuture<Void>>();
		// As a test's awaitility loop in CompletableFuture.runAsync did: the common pool has one worker on two cores.
		for (int worker = 0; worker < ForkJoinPool.getCommonPoolParallelism() + 1; worker++) {
			busy.add(CompletableFuture.runAsync(() -> awaitQuietly(release)));
		}
		try {
			ProcessHandle.of(first).orElseThrow().destroyForcibly();

			await().atMost(Duration.ofSeconds(10)).until(() -> running("pooled") && pidOf("pooled") != first);
			assertThat(recovery.of("pooled").lastExitCode()).isEqualTo(137);
		}
		finally {
			release.countDown();
			busy.forEach(CompletableFuture::join);
		}
	}

	@Test
	void a_child_nobody_watches_is_left_down_after_its_crash() throws Exception {
		CrashRecovery recovery = watching(new RestartPolicy(QUICK, QUICK, Duration.ofHours(1), 3), "watched", "sleep 300");
		supervisor.spawn(shell("broker", "sleep 300"));

		ProcessHandle.of(pidOf("broker")).orElseThrow().destroyForcibly();
		Thread.sleep(500);

		assertThat(running("broker")).isFalse();
		assertThat(recovery.of("broker")).isEqualTo(Restarts.NONE);
	}

	private CrashRecovery watching(RestartPolicy policy, String name, String script) {
		var recovery = new CrashRecovery(supervisor, policy, Progress.console(), this::awaitReady, changes::incrementAndGet);
		supervisor.spawn(shell(name, script));
		recovery.watch(List.of(name));
		return recovery;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitReady(String name) {
		new Readiness(supervisor).await(name, () -> true, Duration.ofSeconds(5));
	}

	private long pidOf(String name) {
		return supervisor.find(name).orElseThrow().process().pid();
	}

	private boolean running(String name) {
		return supervisor.find(name).map(child -> Liveness.running(child.process().toHandle())).orElse(false);
	}

	private ProcessSpec shell(String name, String script) {
		return new ProcessSpec(name, List.of("/bin/sh", "-c", script), Map.of(), directory, directory.resolve(name + ".log"));
	}

}
