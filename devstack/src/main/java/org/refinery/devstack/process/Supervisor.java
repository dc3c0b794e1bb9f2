package org.refinery.devstack.process;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * Starts, watches and stops every child process of one devstack. Once {@link #halt()} has been
 * called no new child can start, so a stop that races a start still catches everything. A child
 * stopped or killed through this supervisor is held down on purpose until it is spawned again;
 * any other exit of the newest child of a name is unexpected and reported to the
 * {@link ExitListener}, if one is set ({@link CrashRecovery}).
 */
public final class Supervisor {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private final Progress progress;

	private final Map<String, Child> children = new LinkedHashMap<>();

	private final Set<String> held = new HashSet<>();

	private volatile ExitListener exitListener;

	private volatile boolean halted;

	public Supervisor(Progress progress) {
		this.progress = progress;
	}

	/** Starts a child in its own session, its output appended to its log file. */
	public synchronized Process spawn(ProcessSpec spec) {
		ensureRunning();
		try {
			Files.createDirectories(spec.logFile().getParent());
			var builder = new ProcessBuilder(inOwnSession(spec.command()))
				.directory(spec.workingDirectory().toFile())
				.redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(spec.logFile().toFile()))
				.redirectInput(Redirect.from(new File("/dev/null")));
			// glibc gives every thread its own malloc arena; two keep the JVMs' native memory small.
			builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
			builder.environment().putAll(spec.environment());
			Process process = builder.start();
			Child child = new Child(spec, process);
			children.put(spec.name(), child);
			held.remove(spec.name());
			// A thread of its own per child, not Process#onExit(): that completes on the common
			// fork-join pool, which has one worker on two cores; any task blocking it (a test's
			// awaitility loop did) held every crash unnoticed, and so unrestarted, for minutes.
			Thread.ofVirtual().name("exit-of-" + spec.name()).start(() -> {
				awaitExit(process);
				exited(child);
			});
			return process;
		}
		catch (IOException ex) {
			throw new StartFailed(spec.name() + " could not be started: " + ex.getMessage(), ex);
		}
	}

	private static void awaitExit(Process process) {
		boolean exited = false;
		while (!exited) {
			try {
				process.waitFor();
				exited = true;
			}
			catch (InterruptedException ex) {
				// nobody interrupts these threads; go on waiting for the exit
			}
		}
	}

	/** Who hears of a child's unexpected exit (a crash): at most one listener. */
	public void onUnexpectedExit(ExitListener listener) {
		this.exitListener = listener;
	}

	/**
	 * Starts a crashed child again as it was started, unless something happened since the crash: a
	 * stop, a hold (a stop or kill on purpose), or another start of that name.
	 */
	public synchronized Optional<Process> respawnAfterCrash(Child crashed) {
		if (halted || held.contains(crashed.name()) || children.get(crashed.name()) != crashed) {
			return Optional.empty();
		}
		return Optional.of(spawn(crashed.spec()));
	}

	private void exited(Child child) {
		ExitListener listener = exitListener;
		boolean unexpected;
		synchronized (this) {
			unexpected = !halted && !held.contains(child.name()) && children.get(child.name()) == child;
		}
		if (listener != null && unexpected) {
			listener.exited(child, child.process().exitValue());
		}
	}

	/** Refuses every later {@link #spawn}: the first step of a stop. */
	public synchronized void halt() {
		halted = true;
	}

	public boolean halted() {
		return halted;
	}

	/** Throws {@link StackStopped} when a stop has begun; long starts call this between steps. */
	public void ensureRunning() {
		if (halted) {
			throw new StackStopped("The devstack is stopping; start abandoned");
		}
	}

	/** The named child, if it was started. */
	public synchronized Optional<Child> find(String name) {
		return Optional.ofNullable(children.get(name));
	}

	/** Stops the named children together: SIGTERM to each and its descendants, then waits. */
	public void stop(List<String> names, Duration grace) {
		List<Child> targets;
		synchronized (this) {
			held.addAll(names);
			targets = names.stream().map(children::get).filter(Objects::nonNull).toList();
		}
		if (targets.size() == 1) {
			stopOne(targets.getFirst(), grace);
			return;
		}
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			targets.forEach(child -> executor.submit(() -> stopOne(child, grace)));
		}
	}

	/**
	 * Kills the named child and its descendants at once (SIGKILL, as {@code kill -9}): the crash
	 * that fault tests inflict. Answers once every process of the tree is gone. The child is held
	 * down on purpose (not restarted after a crash) until it is spawned again.
	 */
	public void kill(String name) {
		Child child;
		synchronized (this) {
			child = find(name).orElseThrow(() -> new IllegalArgumentException("No child named " + name));
			held.add(name);
		}
		ProcessTree.of(child.process()).kill();
		progress.warn(name, "killed (SIGKILL)");
	}

	/** Starts a child again exactly as it was started before, after it stopped or was killed. */
	public Process respawn(String name) {
		Child child = find(name).orElseThrow(() -> new IllegalArgumentException("No child named " + name));
		if (!ProcessTree.collected(child.process())) {
			throw new IllegalStateException(name + " is still running (pid " + child.process().pid() + ")");
		}
		return spawn(child.spec());
	}

	/** Stops whatever is still alive, newest first: the safety net after the ordered stop. */
	public void stopRemaining(Duration grace) {
		List<String> names;
		synchronized (this) {
			names = new ArrayList<>(children.keySet());
		}
		names.reversed().forEach(name -> stop(List.of(name), grace));
	}

	/** Every live process this supervisor started, and their descendants. */
	public Set<Long> processIds() {
		List<Child> all;
		synchronized (this) {
			all = List.copyOf(children.values());
		}
		Set<Long> pids = new LinkedHashSet<>();
		all.forEach(child -> pids.addAll(ProcessTree.of(child.process()).livePids()));
		return pids;
	}

	private void stopOne(Child child, Duration grace) {
		var tree = ProcessTree.of(child.process());
		if (!tree.running()) {
			return;
		}
		String name = child.spec().name();
		long start = System.nanoTime();
		if (!tree.terminate(grace)) {
			progress.warn(name, "did not stop within " + grace.toSeconds() + " s of SIGTERM; killed it");
		}
		progress.info(name, "stopped (%.1f s)".formatted((System.nanoTime() - start) / 1e9));
	}

	/** Hears of a child that exited although nobody stopped it. */
	@FunctionalInterface
	public interface ExitListener {

		void exited(Child child, int exitCode);

	}

	private static List<String> inOwnSession(List<String> command) {
		if (!Files.isExecutable(SETSID)) {
			return command;
		}
		var detached = new ArrayList<String>();
		detached.add(SETSID.toString());
		detached.addAll(command);
		return detached;
	}

	/** Sleeps without swallowing an interrupt: an interrupted start means the stack is stopping. */
	public static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackStopped("Interrupted");
		}
	}

}
