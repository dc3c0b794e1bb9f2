package org.refinery.devstack.keycloak;

import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.StartFailed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak zip the build copied to {@code target/keycloak}, unpacked into the data directory
 * on first use. A marker written last makes an interrupted unpack start over.
 * <p>
 * The zip holds a production build; {@code start-dev} first rebuilds it for development (Quarkus
 * augmentation, 35-40 s on 2 cores, most of a platform's start) and keeps the result in
 * {@code lib/quarkus}. Every fresh unpack paid that again: each test platform has its own data
 * directory. So the first build is kept beside the zip ({@link #keepBuild}) and laid into later
 * unpacks, file times included; Keycloak compares its stored build options and provider files
 * with the current ones and, finding them equal, starts without rebuilding. Were they to differ
 * (other options, another version), Keycloak would rebuild, as it always did.
 */
record KeycloakDistribution(Path zip, Path dataDirectory, String version) {

	private static final String MARKER = ".devstack-unpacked";

	Path home() {
		return dataDirectory.resolve("keycloak-" + version);
	}

	Path launcher() {
		return home().resolve("bin").resolve("kc.sh");
	}

	/** Unpacks when needed; answers whether it did. */
	boolean ensureUnpacked(Progress progress) {
		if (Files.exists(home().resolve(MARKER))) {
			return false;
		}
		if (!Files.isRegularFile(zip)) {
			throw new StartFailed("The Keycloak distribution is missing at " + zip
					+ "; build the devstack first: ./mvnw -B -q -pl devstack -am install -DskipTests");
		}
		long start = System.nanoTime();
		try {
			deleteRecursively(home());
			unzip();
			boolean kept = Files.isDirectory(keptBuild());
			if (kept) {
				deleteRecursively(build());
				copyTree(keptBuild(), build());
			}
			Files.createFile(home().resolve(MARKER));
			progress.info(KeycloakServer.NAME, kept ? "laid in the development build kept at " + keptBuild()
					: "no development build kept yet: Keycloak builds one on this first start");
		}
		catch (IOException ex) {
			throw new StartFailed("Could not unpack Keycloak into " + home() + ": " + ex.getMessage(), ex);
		}
		progress.info(KeycloakServer.NAME, "unpacked Keycloak %s into %s in %.1f s".formatted(version, home(),
				(System.nanoTime() - start) / 1e9));
		return true;
	}

	/**
	 * Keeps this home's development build for later unpacks, once: copied beside the zip under a
	 * temporary name, then renamed, so a concurrent or interrupted copy never leaves half a build.
	 * Only a time saving, so a failure is reported and otherwise ignored.
	 */
	void keepBuild(Progress progress) {
		if (Files.isDirectory(keptBuild()) || !Files.isDirectory(build())) {
			return;
		}
		Path copy = keptBuild().resolveSibling(keptBuild().getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		try {
			deleteRecursively(copy);
			copyTree(build(), copy);
			Files.move(copy, keptBuild(), StandardCopyOption.ATOMIC_MOVE);
			progress.info(KeycloakServer.NAME, "kept the development build at " + keptBuild() + " for later unpacks");
		}
		catch (IOException ex) {
			if (!Files.isDirectory(keptBuild())) {
				progress.warn(KeycloakServer.NAME, "could not keep the development build: " + ex.getMessage());
			}
			try {
				deleteRecursively(copy);
			}
			catch (IOException ignored) {
				// a leftover temporary copy is overwritten by the next attempt
			}
		}
	}

	/** Where Keycloak keeps its build: the augmented application and the options it was built with. */
	private Path build() {
		return home().resolve("lib").resolve("quarkus");
	}

	private Path keptBuild() {
		return zip.resolveSibling("keycloak-" + version + "-dev-build");
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private void unzip() throws IOException {
		Path root = dataDirectory.toAbsolutePath().normalize();
		try (var archive = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : archive.stream().toList()) {
				Path target = root.resolve(entry.getName()).normalize();
				if (!target.startsWith(root)) {
					throw new IOException("Entry outside the target directory: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = archive.getInputStream(entry)) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
				if (entry.getName().endsWith(".sh")) {
					target.toFile().setExecutable(true, false);
				}
			}
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
