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
			Files.createFile(home().resolve(MARKER));
		}
		catch (IOException ex) {
			throw new StartFailed("Could not unpack Keycloak into " + home() + ": " + ex.getMessage(), ex);
		}
		progress.info(KeycloakServer.NAME, "unpacked Keycloak %s into %s in %.1f s".formatted(version, home(),
				(System.nanoTime() - start) / 1e9));
		return true;
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
