package org.refinery.devstack.keycloak;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refinery.devstack.process.Progress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakDistributionTest {

	@TempDir
	Path temp;

	final List<String> said = new ArrayList<>();

	final Progress progress = new Progress() {

		@Override
		public void info(String component, String message) {
			said.add(message);
		}

		@Override
		public void warn(String component, String message) {
			said.add("WARN " + message);
		}

	};

	@Test
	void the_first_development_build_is_kept_beside_the_zip_and_laid_into_later_unpacks_with_its_file_times()
			throws IOException {
		Path zip = zip();
		var first = new KeycloakDistribution(zip, temp.resolve("first"), "9.9");
		assertThat(first.ensureUnpacked(progress)).isTrue();
		Path built = first.home().resolve("lib/quarkus/build-system.properties");
		assertThat(built).hasContent("kc.profile=prod");
		Files.writeString(built, "kc.profile=dev");
		FileTime buildTime = FileTime.from(Instant.parse("2026-12-01T10:00:00Z"));
		Files.setLastModifiedTime(built, buildTime);
		Files.writeString(first.home().resolve("lib/quarkus/generated-bytecode.jar"), "augmented");

		first.keepBuild(progress);
		Files.writeString(built, "changed after it was kept");
		first.keepBuild(progress);

		var second = new KeycloakDistribution(zip, temp.resolve("second"), "9.9");
		assertThat(second.ensureUnpacked(progress)).isTrue();
		Path laidIn = second.home().resolve("lib/quarkus/build-system.properties");
		assertThat(laidIn).as("the first build, kept once").hasContent("kc.profile=dev");
		assertThat(Files.getLastModifiedTime(laidIn)).isEqualTo(buildTime);
		assertThat(second.home().resolve("lib/quarkus/generated-bytecode.jar")).hasContent("augmented");
		assertThat(second.launcher()).hasContent("#!/bin/sh");
		assertThat(said).noneMatch(line -> line.startsWith("WARN"))
			.anyMatch(line -> line.startsWith("laid in the development build kept at"));
		try (var kept = Files.list(zip.getParent())) {
			assertThat(kept.map(path -> path.getFileName().toString()))
				.as("no temporary copy left behind")
				.containsExactlyInAnyOrder("keycloak.zip", "keycloak-9.9-dev-build");
		}
	}

	@Test
	void without_a_kept_build_the_zips_own_is_unpacked() throws IOException {
		var distribution = new KeycloakDistribution(zip(), temp.resolve("data"), "9.9");
		distribution.ensureUnpacked(progress);
		assertThat(distribution.home().resolve("lib/quarkus/build-system.properties")).hasContent("kc.profile=prod");
		assertThat(distribution.ensureUnpacked(progress)).as("unpacked once").isFalse();
	}

	private Path zip() throws IOException {
		Path zip = Files.createDirectories(temp.resolve("build")).resolve("keycloak.zip");
		try (OutputStream file = Files.newOutputStream(zip); var out = new ZipOutputStream(file)) {
			entry(out, "keycloak-9.9/bin/kc.sh", "#!/bin/sh");
			entry(out, "keycloak-9.9/lib/quarkus/build-system.properties", "kc.profile=prod");
		}
		return zip;
	}

	private static void entry(ZipOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		out.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

}
