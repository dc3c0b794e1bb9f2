package org.refinery.k8s;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The rendered manifests of a kustomization. With {@code kubectl} on the machine it is exactly
 * what {@code kubectl kustomize} produces; without it (a CI machine without kubectl) the
 * resources of the kustomization and its components are read as written, without patches and
 * generators, which is enough for the checks that hold in every environment.
 */
final class Manifests {

	static final Path REPOSITORY = Path.of(System.getProperty("refinery.repository.root", "..")).toAbsolutePath()
		.normalize();

	static final Path K8S = REPOSITORY.resolve("k8s");

	/** {@code -Drefinery.kubectl=/nowhere} runs the tests as on a machine without kubectl. */
	private static final Path KUBECTL = Path.of(System.getProperty("refinery.kubectl", "/usr/bin/kubectl"));

	private static final Map<String, List<Resource>> rendered = new ConcurrentHashMap<>();

	private Manifests() {
	}

	static boolean kubectlAvailable() {
		return Files.isExecutable(KUBECTL);
	}

	/** The resources of {@code k8s/<kustomization>}, for example {@code overlays/prod}. */
	static List<Resource> of(String kustomization) {
		return rendered.computeIfAbsent(kustomization,
				key -> kubectlAvailable() ? kustomize(K8S.resolve(key)) : readAsWritten(K8S.resolve(key)));
	}

	static List<Resource> ofKind(String kustomization, String kind) {
		return of(kustomization).stream().filter(resource -> resource.kind().equals(kind)).toList();
	}

	static Resource named(String kustomization, String kind, String name) {
		return ofKind(kustomization, kind).stream()
			.filter(resource -> resource.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in " + kustomization));
	}

	/** A YAML file as maps, lists and scalars. */
	static Object yaml(Path file) {
		try {
			return new Yaml(new LoaderOptions()).load(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Resource> kustomize(Path directory) {
		try {
			Process process = new ProcessBuilder(KUBECTL.toString(), "kustomize", directory.toString())
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new AssertionError("kubectl kustomize " + directory + " failed");
			}
			return documents(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Resource> readAsWritten(Path directory) {
		var kustomization = (Map<String, Object>) yaml(directory.resolve("kustomization.yaml"));
		var resources = new ArrayList<Resource>();
		for (String key : List.of("resources", "components")) {
			for (Object entry : (List<Object>) kustomization.getOrDefault(key, List.of())) {
				Path path = directory.resolve(entry.toString()).normalize();
				if (Files.isDirectory(path)) {
					resources.addAll(readAsWritten(path));
				}
				else {
					resources.addAll(documents(read(path)));
				}
			}
		}
		return resources;
	}

	@SuppressWarnings("unchecked")
	private static List<Resource> documents(String yaml) {
		var documents = new ArrayList<Resource>();
		for (Object document : new Yaml(new LoaderOptions()).loadAll(yaml)) {
			if (document != null) {
				documents.add(new Resource((Map<String, Object>) document));
			}
		}
		return documents;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One Kubernetes object with navigation by path ({@code "spec.template.spec"}). */
	record Resource(Map<String, Object> body) {

		String kind() {
			return Objects.toString(body.get("kind"));
		}

		String name() {
			return Objects.toString(at("metadata.name"));
		}

		Object at(String path) {
			return Tree.at(body, path);
		}

		@Override
		public String toString() {
			return kind() + "/" + name();
		}

	}

}
