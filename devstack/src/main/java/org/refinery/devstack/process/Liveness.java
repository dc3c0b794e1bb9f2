package org.refinery.devstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;

/**
 * Whether a process still runs. {@link ProcessHandle#isAlive()} also answers true for a zombie, a
 * process that has exited but whose parent has not collected it yet. The postmaster is
 * daemonised, so its parent is init, which may collect it late (or, in a container without an
 * init, never); a zombie holds no port, file or memory, so it counts as stopped here.
 */
public final class Liveness {

	private Liveness() {
	}

	public static boolean running(long pid) {
		return ProcessHandle.of(pid).map(Liveness::running).orElse(false);
	}

	public static boolean running(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			char state = stat.charAt(stat.lastIndexOf(')') + 2);
			return state != 'Z' && state != 'X';
		}
		catch (IOException | RuntimeException ex) {
			return process.isAlive();
		}
	}

	/** Polls until none of the processes runs; an interrupt does not cut a stop short. */
	public static boolean awaitExit(Collection<ProcessHandle> processes, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		boolean interrupted = false;
		try {
			while (processes.stream().anyMatch(Liveness::running)) {
				if (System.nanoTime() > deadline) {
					return false;
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
			return true;
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
