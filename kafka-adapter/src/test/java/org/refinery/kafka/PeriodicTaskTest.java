package org.refinery.kafka;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PeriodicTaskTest {

	@Test
	void the_task_runs_again_and_again_while_started_and_no_more_once_stopped() {
		var runs = new AtomicInteger();
		var task = new PeriodicTask("test-task", Duration.ofMillis(10), runs::incrementAndGet);

		task.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 3);
		task.stop();
		int afterStop = runs.get();

		assertThat(task.isRunning()).isFalse();
		await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(() -> runs.get() <= afterStop + 1);
	}

}
