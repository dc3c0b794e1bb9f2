package org.refinery.kafka;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OnceAcrossReplicasTest {

	private final AtomicInteger runs = new AtomicInteger();

	private final List<LockConfiguration> asked = new ArrayList<>();

	@Test
	void the_task_runs_under_a_lock_of_its_name_held_at_most_five_minutes() {
		var locks = new DefaultLockingTaskExecutor(configuration -> {
			asked.add(configuration);
			return Optional.<SimpleLock>of(() -> { });
		});

		OnceAcrossReplicas.of("outbox-purge", runs::incrementAndGet, locks).run();

		assertThat(runs).hasValue(1);
		assertThat(asked).singleElement().satisfies(lock -> {
			assertThat(lock.getName()).isEqualTo("outbox-purge");
			assertThat(lock.getLockAtMostFor()).isEqualTo(OnceAcrossReplicas.AT_MOST);
		});
	}

	@Test
	void a_replica_that_finds_the_lock_taken_skips_its_turn() {
		var locks = new DefaultLockingTaskExecutor(configuration -> Optional.empty());

		OnceAcrossReplicas.of("outbox-resubmission", runs::incrementAndGet, locks).run();

		assertThat(runs).hasValue(0);
	}

	@Test
	void without_a_lock_provider_the_task_runs_unguarded() {
		OnceAcrossReplicas.of("outbox-purge", runs::incrementAndGet, null).run();

		assertThat(runs).hasValue(1);
	}

}
