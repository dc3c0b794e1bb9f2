package org.refinery.devstack.state;

import org.refinery.devstack.process.Liveness;
import org.refinery.devstack.process.Progress;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Processes a launcher recorded before it died without stopping them (SIGKILL, a crash). Only
 * processes whose command line still names this repository or data directory are stopped, so
 * a recycled PID never hits an unrelated process. PostgreSQL is left to its own shutdown logic.
 */
public final class Leftovers {

	private static final Duration GRACE = Duration.ofSeconds(30);

	private Leftovers() {
	}

	public static void stop(StackState state, List<Path> ownedPaths, Progress progress) {
		for (ComponentState component : state.components().reversed()) {
			if (component.pid() <= 0 || "postgres".equals(component.name())) {
				continue;
			}
			Optional<ProcessHandle> process = ProcessHandle.of(component.pid()).filter(Liveness::running);
			if (process.isEmpty()) {
				continue;
			}
			String commandLine = process.get().info().commandLine().orElse("");
			if (ownedPaths.stream().noneMatch(path -> commandLine.contains(path.toString()))) {
				progress.warn(component.name(), "pid %d no longer looks like ours; leaving it alone".formatted(component.pid()));
				continue;
			}
			progress.warn(component.name(), "left running by an earlier launcher (pid %d); stopping it".formatted(component.pid()));
			terminate(process.get());
		}
	}

	private static void terminate(ProcessHandle process) {
		List<ProcessHandle> tree = Stream.concat(Stream.of(process), process.descendants()).toList();
		tree.forEach(ProcessHandle::destroy);
		if (!Liveness.awaitExit(tree, GRACE)) {
			tree.stream().filter(Liveness::running).forEach(ProcessHandle::destroyForcibly);
		}
	}

}
