package org.refinery.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.refinery.devstack.Devstack;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.StackStopped;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@Order(1)
class StopDuringStartIT {

	@Test
	void stopping_while_the_services_are_still_starting_leaves_no_process_behind() throws Exception {
		Devstack stack = Devstack.prepare(TestStacks.settings("stop-during-start").withSeed(false), Progress.console())
			.stopOnJvmExit();
		Set<Long> seen = ConcurrentHashMap.newKeySet();
		var start = CompletableFuture.runAsync(stack::start);
		var watcher = CompletableFuture.runAsync(() -> {
			while (!start.isDone()) {
				seen.addAll(stack.processIds());
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		});

		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> servicesSpawned(stack) || start.isDone());
		assertThat(start).as("the start is still in progress").isNotDone();
		seen.addAll(stack.processIds());
		stack.stop();

		assertThatThrownBy(() -> start.get(3, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class)
			.hasCauseInstanceOf(StackStopped.class);
		watcher.get(10, TimeUnit.SECONDS);
		assertThat(seen).as("processes seen during the start").hasSizeGreaterThan(5);
		assertThat(seen).noneMatch(TestStacks::alive);
		assertThat(stack.processIds()).isEmpty();
	}

	private static boolean servicesSpawned(Devstack stack) {
		return stack.components()
			.stream()
			.filter(component -> component.name().endsWith("-service") || component.name().equals("gateway"))
			.allMatch(component -> component.pid() > 0);
	}

}
