package org.refinery.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.refinery.k8s.Manifests.Resource;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Configuration reaches the applications as Spring reads it: environment variables and the
 * ConfigMap's {@code application.yml} name properties the application really has (a typo is a
 * setting silently ignored), and credentials only ever as references to Secrets.
 */
class ConfigurationTest {

	/** Variables read by the JVM, not by Spring. */
	private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
	void no_secret_in_the_manifests_carries_a_value(String overlay) {
		for (Resource secret : Manifests.ofKind(overlay, "Secret")) {
			assertThat(secret.body()).as(secret.toString()).doesNotContainKeys("data", "stringData");
		}
		for (String app : AppModules.names()) {
			for (Object variable : Tree.list(DeploymentPolicyTest.container(overlay, app), "env")) {
				String name = (String) Tree.at(variable, "name");
				if (name.matches(".*(PASSWORD|SECRET|TOKEN|CREDENTIALS?)$")) {
					assertThat(Tree.at(variable, "value")).as("%s %s is a Secret reference", app, name).isNull();
					assertThat(Tree.at(variable, "valueFrom.secretKeyRef.name")).as("%s %s", app, name).isNotNull();
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
	void environment_variables_map_to_existing_configuration_properties(String overlay) {
		for (String app : AppModules.names()) {
			Map<String, Object> config = AppModules.configuration(app);
			for (Object variable : Tree.list(DeploymentPolicyTest.container(overlay, app), "env")) {
				String name = (String) Tree.at(variable, "name");
				if (!JVM_VARIABLES.contains(name)) {
					assertThat(config.keySet().stream().anyMatch(property -> boundBy(name, property)))
						.as("%s: %s binds no property of its application.yml", app, name)
						.isTrue();
				}
			}
		}
	}

	@Test
	void webhooks_reach_private_addresses_locally_but_never_on_kubernetes() {
		String property = "refinery.webhooks.allow-private-addresses";
		assertThat(AppModules.configuration("backlog-service")).containsEntry(property, true);
		assertThat(AppModules.kubernetesConfiguration("backlog-service")).containsEntry(property, false);
	}

	@Test
	void the_kubernetes_application_yml_of_every_app_overrides_only_existing_properties() {
		for (String app : AppModules.names()) {
			Map<String, Object> config = AppModules.configuration(app);
			assertThat(config.keySet()).as(app).containsAll(AppModules.kubernetesConfiguration(app).keySet());
			assertThat(AppModules.kubernetesConfiguration(app).keySet()).as(app + " keeps credentials out")
				.noneMatch(property -> property.endsWith("password") || property.endsWith("secret"));
		}
	}

	@Test
	void the_kubernetes_application_yml_is_what_the_config_map_mounts_where_boot_reads_it() {
		assumeTrue(Manifests.kubectlAvailable(), "ConfigMaps are generated only by kubectl kustomize");
		for (String app : AppModules.names()) {
			Resource map = Manifests.ofKind("base", "ConfigMap").stream()
				.filter(config -> config.name().startsWith(app + "-config"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No ConfigMap of " + app));
			assertThat(Tree.flatten(new org.yaml.snakeyaml.Yaml().load((String) Tree.map(map.body(), "data").get("application.yml"))))
				.isEqualTo(AppModules.kubernetesConfiguration(app));
			Object container = DeploymentPolicyTest.container("base", app);
			assertThat(Tree.list(container, "volumeMounts")).as(app + " mounts ./config/ of the working directory /app")
				.anyMatch(mount -> "/app/config".equals(Tree.at(mount, "mountPath")));
		}
	}

	/** Spring's relaxed binding of an environment variable: upper case, {@code _} for {@code .}, no dashes. */
	static boolean boundBy(String variable, String property) {
		String canonical = property.replace("-", "").toLowerCase(Locale.ROOT);
		return variable.toLowerCase(Locale.ROOT).replace('_', '.').equals(canonical);
	}

}
