package org.refinery.devstack.process;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Starts, watches and stops every child process of one devstack. Once {@link #halt()} has been
 * called no new child can start, so a stop that races a start still catches everything.
 */
public final class Supervisor {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private static final Duration KILL_WAIT = Duration.ofSeconds(10);

	private final Progress progress;

	private final Map<String, Child> children = new LinkedHashMap<>();

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
			children.put(spec.name(), new Child(spec, process));
			return process;
		}
		catch (IOException ex) {
			throw new StartFailed(spec.name() + " could not be started: " + ex.getMessage(), ex);
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
	 * that fault tests inflict. Answers once every process of the tree is gone.
	 */
	public void kill(String name) {
		Child child = find(name).orElseThrow(() -> new IllegalArgumentException("No child named " + name));
		ProcessHandle root = child.process().toHandle();
		List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
		tree.forEach(ProcessHandle::destroyForcibly);
		Liveness.awaitExit(tree, KILL_WAIT);
		progress.warn(name, "killed (SIGKILL)");
	}

	/** Starts a child again exactly as it was started before, after it stopped or was killed. */
	public Process respawn(String name) {
		Child child = find(name).orElseThrow(() -> new IllegalArgumentException("No child named " + name));
		if (!exited(child.process())) {
			throw new IllegalStateException(name + " is still running (pid " + child.process().pid() + ")");
		}
		return spawn(child.spec());
	}

	/**
	 * Whether the process has exited, waiting briefly: a process killed a moment ago is a zombie
	 * until the JDK's reaper collects it, and only then does {@link Process#isAlive()} say so.
	 */
	private static boolean exited(Process process) {
		try {
			return process.waitFor(3, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackStopped("Interrupted while waiting for " + process.pid() + " to exit");
		}
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
		for (Child child : all) {
			ProcessHandle handle = child.process().toHandle();
			Stream.concat(Stream.of(handle), handle.descendants())
				.filter(Liveness::running)
				.forEach(process -> pids.add(process.pid()));
		}
		return pids;
	}

	private void stopOne(Child child, Duration grace) {
		ProcessHandle root = child.process().toHandle();
		List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
		if (tree.stream().noneMatch(Liveness::running)) {
			return;
		}
		String name = child.spec().name();
		long start = System.nanoTime();
		tree.forEach(ProcessHandle::destroy);
		if (!Liveness.awaitExit(tree, grace)) {
			progress.warn(name, "did not stop within " + grace.toSeconds() + " s of SIGTERM; killing it");
			tree.stream().filter(Liveness::running).forEach(ProcessHandle::destroyForcibly);
			Liveness.awaitExit(tree, KILL_WAIT);
		}
		progress.info(name, "stopped (%.1f s)".formatted((System.nanoTime() - start) / 1e9));
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
