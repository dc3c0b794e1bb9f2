package org.refinery.devstack;

import org.refinery.devstack.ports.Ports;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository is (service jars, the devstack's build output), where the data lives
 * ({@code .devstack/} by default), the ports, and whether to seed demo data.
 */
public record DevstackSettings(Path repositoryRoot, Path dataDirectory, Ports ports, boolean seed) {

	public DevstackSettings {
		repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
		dataDirectory = dataDirectory.toAbsolutePath().normalize();
	}

	/** The defaults of DESIGN ("Local platform defaults") for the repository at this root. */
	public static DevstackSettings forRepository(Path repositoryRoot) {
		return new DevstackSettings(repositoryRoot, repositoryRoot.resolve(".devstack"), Ports.defaults(), true);
	}

	/** Walks up from a directory to the repository root (the directory with mvnw and devstack/). */
	public static Path findRepositoryRoot(Path start) {
		for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("devstack"))) {
				return dir;
			}
		}
		throw new IllegalArgumentException("Not inside the Refinery repository: " + start);
	}

	public DevstackSettings withDataDirectory(Path directory) {
		return new DevstackSettings(repositoryRoot, directory, ports, seed);
	}

	public DevstackSettings withPorts(Ports changed) {
		return new DevstackSettings(repositoryRoot, dataDirectory, changed, seed);
	}

	public DevstackSettings withSeed(boolean seedDemoData) {
		return new DevstackSettings(repositoryRoot, dataDirectory, ports, seedDemoData);
	}

	public Path logs() {
		return dataDirectory.resolve("logs");
	}

	public Path logOf(String component) {
		return logs().resolve(component + ".log");
	}

	/** The devstack module's build output: the Kafka classpath and the Keycloak zip. */
	public Path devstackBuild() {
		return repositoryRoot.resolve("devstack").resolve("target");
	}

}
