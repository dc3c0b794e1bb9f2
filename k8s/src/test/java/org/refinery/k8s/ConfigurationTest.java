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

	/**
	 * The gateway's own default routes are {@code lb://<service>} over an instance list of local
	 * ports (the devstack's replicas); on Kubernetes each route must name the service's Service,
	 * which balances across its pods, never that list (docs/adr/0013).
	 */
	@Test
	void on_kubernetes_the_gateway_routes_to_each_services_service_not_to_the_local_instance_list() {
		Map<String, Object> kubernetes = AppModules.kubernetesConfiguration("gateway");
		for (String service : AppModules.names().stream().filter(app -> app.endsWith("-service")).toList()) {
			String property = "refinery.services." + service.substring(0, service.indexOf("-service"));
			Resource manifest = Manifests.ofKind("base", "Service").stream()
				.filter(candidate -> candidate.name().equals(service))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No Service " + service));
			Object port = Tree.list(manifest.body(), "spec.ports").stream()
				.filter(candidate -> "http".equals(Tree.at(candidate, "name")))
				.map(candidate -> Tree.at(candidate, "port"))
				.findFirst()
				.orElseThrow();
			assertThat(kubernetes.get(property)).as(property).isEqualTo("http://" + service + ":" + port);
		}
		assertThat(AppModules.configuration("gateway").get("refinery.services.backlog")).isEqualTo("lb://backlog-service");
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
