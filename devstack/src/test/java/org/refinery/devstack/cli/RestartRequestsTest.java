package org.refinery.devstack.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RestartRequestsTest {

	@TempDir
	Path data;

	private final Instant launched = Instant.now();

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final List<String> restarted = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopServing() {
		stopping.set(true);
	}

	@Test
	void a_request_reaches_the_launcher_which_restarts_the_component_and_answers() throws Exception {
		serve(component -> restarted.add(component));

		var answer = new RestartRequests(data).submit("backlog-service", () -> true, Duration.ofSeconds(10));

		assertThat(answer.restarted()).isTrue();
		assertThat(answer.message()).isEqualTo("backlog-service restarted and ready");
		assertThat(restarted).containsExactly("backlog-service");
		try (var left = Files.list(data.resolve("requests"))) {
			assertThat(left).as("request and answer are removed").isEmpty();
		}
	}

	@Test
	void a_restart_the_launcher_refuses_is_answered_with_its_reason() {
		serve(component -> {
			throw new IllegalArgumentException("Not a component that can be stopped and restarted alone: " + component);
		});

		var answer = new RestartRequests(data).submit("postgres", () -> true, Duration.ofSeconds(10));

		assertThat(answer.restarted()).isFalse();
		assertThat(answer.message()).contains("Not a component", "postgres");
	}

	@Test
	void without_a_launcher_the_request_is_withdrawn() throws Exception {
		var answer = new RestartRequests(data).submit("gateway", () -> false, Duration.ofSeconds(10));

		assertThat(answer.restarted()).isFalse();
		assertThat(answer.message()).contains("launcher is gone");
		try (var left = Files.list(data.resolve("requests"))) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void a_request_left_from_before_the_launcher_started_is_dropped_not_served() throws Exception {
		Path requests = Files.createDirectories(data.resolve("requests"));
		Path stale = Files.writeString(requests.resolve("stale.restart"), "gateway");
		Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(60)));
		serve(component -> restarted.add(component));
		await().atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(stale));

		var answer = new RestartRequests(data).submit("dependency-service", () -> true, Duration.ofSeconds(10));

		assertThat(answer.restarted()).isTrue();
		assertThat(restarted).containsExactly("dependency-service");
	}

	private void serve(java.util.function.Consumer<String> restart) {
		Thread.ofVirtual().start(() -> new RestartRequests(data).serve(launched, stopping::get, restart));
	}

}
