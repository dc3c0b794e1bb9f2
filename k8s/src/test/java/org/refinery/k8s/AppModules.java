package org.refinery.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The deployable applications: every module of the root pom with a
 * {@code src/main/resources/application.yml}, so a new service is noticed without editing a list.
 */
final class AppModules {

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private AppModules() {
	}

	static List<String> names() {
		try {
			String pom = Files.readString(Manifests.REPOSITORY.resolve("pom.xml"));
			return MODULE.matcher(pom)
				.results()
				.map(match -> match.group(1))
				.filter(module -> Files.isRegularFile(applicationYml(module)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The module's own configuration, flattened to property names. */
	static Map<String, Object> configuration(String module) {
		return Tree.flatten(Manifests.yaml(applicationYml(module)));
	}

	/** The Kubernetes differences the ConfigMap of the module's base mounts next to the jar. */
	static Map<String, Object> kubernetesConfiguration(String module) {
		return Tree.flatten(Manifests.yaml(Manifests.K8S.resolve("base").resolve(module).resolve("config/application.yml")));
	}

	static int port(String module) {
		return ((Number) configuration(module).get("server.port")).intValue();
	}

	/** Where the module's actuator listens (probes, the Prometheus scrape): never {@link #port}. */
	static int managementPort(String module) {
		return ((Number) configuration(module).get("management.server.port")).intValue();
	}

	private static Path applicationYml(String module) {
		return Manifests.REPOSITORY.resolve(module).resolve("src/main/resources/application.yml");
	}

}
