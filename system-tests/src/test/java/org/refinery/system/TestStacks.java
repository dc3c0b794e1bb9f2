package org.refinery.system;

import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.ports.Ports;
import org.refinery.devstack.process.Liveness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Settings for a stack beside whatever a developer runs: free ports and a fresh data directory in
 * this module's target/ (kept after the run, so the component logs can be read when a test fails).
 */
final class TestStacks {

	private TestStacks() {
	}

	static DevstackSettings settings(String name) {
		Path root = repositoryRoot();
		try {
			Path target = Files.createDirectories(root.resolve("system-tests").resolve("target"));
			Path data = Files.createTempDirectory(target, name + "-");
			return DevstackSettings.forRepository(root).withDataDirectory(data).withPorts(Ports.free());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Still running: alive and not a zombie (exited, waiting for init to collect it). */
	static boolean alive(long pid) {
		return Liveness.running(pid);
	}

	private static Path repositoryRoot() {
		String configured = System.getProperty("refinery.repository.root");
		return configured != null ? Path.of(configured) : DevstackSettings.findRepositoryRoot(Path.of(""));
	}

}
