package org.refinery.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refinery.k8s.Manifests.Resource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every application runs in every environment as a hardened Deployment with its companions.
 * The policy is checked on the rendered output, so an overlay patch cannot quietly undo it.
 */
class DeploymentPolicyTest {

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
	void every_app_module_has_a_deployment_service_account_service_autoscaler_and_disruption_budget(String overlay) {
		assertThat(AppModules.names()).as("app modules").hasSizeGreaterThanOrEqualTo(5);
		for (String app : AppModules.names()) {
			for (String kind : List.of("Deployment", "Service", "ServiceAccount", "HorizontalPodAutoscaler",
					"PodDisruptionBudget")) {
				assertThat(Manifests.named(overlay, kind, app)).as("%s %s in %s", kind, app, overlay).isNotNull();
			}
		}
		assertThat(Manifests.ofKind(overlay, "Deployment")).extracting(Resource::name)
			.containsExactlyInAnyOrderElementsOf(AppModules.names());
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
	void probes_use_the_actuator_groups_on_the_management_port_apart_from_the_api_port(String overlay) {
		for (String app : AppModules.names()) {
			Map<String, Object> config = AppModules.configuration(app);
			assertThat(config).as(app + " enables the probe groups")
				.containsEntry("management.endpoint.health.probes.enabled", true);
			assertThat(AppModules.managementPort(app)).as(app + " management port").isNotEqualTo(AppModules.port(app));
			Object container = container(overlay, app);
			assertThat(Tree.list(container, "ports")).as(app)
				.containsExactly(Map.of("name", "http", "containerPort", AppModules.port(app)),
						Map.of("name", "management", "containerPort", AppModules.managementPort(app)));
			assertThat(Tree.at(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
			assertThat(Tree.at(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
			assertThat(Tree.at(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
			for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
				assertThat(Tree.at(container, probe + ".httpGet.port")).as("%s %s port", app, probe).isEqualTo("management");
			}
			Resource service = Manifests.named(overlay, "Service", app);
			assertThat(service.at("spec.ports.0.port")).isEqualTo(AppModules.port(app));
			assertThat(service.at("spec.ports.0.targetPort")).isEqualTo("http");
			assertThat(service.at("spec.ports.1.name")).isEqualTo("management");
			assertThat(service.at("spec.ports.1.port")).isEqualTo(AppModules.managementPort(app));
			assertThat(service.at("spec.ports.1.targetPort")).isEqualTo("management");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
	void every_deployment_runs_non_root_read_only_without_capabilities_and_with_a_writable_tmp(String overlay) {
		for (String app : AppModules.names()) {
			Resource deployment = Manifests.named(overlay, "Deployment", app);
			Object pod = deployment.at("spec.template.spec");
			Object container = container(overlay, app);
			assertThat(Tree.at(pod, "securityContext.runAsNonRoot")).as(app).isEqualTo(true);
			assertThat(Tree.at(pod, "securityContext.seccompProfile.type")).as(app).isEqualTo("RuntimeDefault");
			assertThat(Tree.at(container, "securityContext.readOnlyRootFilesystem")).as(app).isEqualTo(true);
			assertThat(Tree.at(container, "securityContext.allowPrivilegeEscalation")).as(app).isEqualTo(false);
			assertThat(Tree.list(container, "securityContext.capabilities.drop")).as(app).containsExactly("ALL");
			assertThat(Tree.list(container, "securityContext.capabilities.add")).as(app).isEmpty();
			String tmpVolume = Tree.list(container, "volumeMounts").stream()
				.filter(mount -> "/tmp".equals(Tree.at(mount, "mountPath")))
				.map(mount -> (String) Tree.at(mount, "name"))
				.findFirst()
				.orElseThrow(() -> new AssertionError(app + " mounts no /tmp"));
			assertThat(Tree.list(pod, "volumes")).as(app + " /tmp is an emptyDir")
				.anyMatch(volume -> tmpVolume.equals(Tree.at(volume, "name")) && Tree.at(volume, "emptyDir") != null);
			assertThat(Tree.at(pod, "automountServiceAccountToken")).as(app).isEqualTo(false);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
	void every_deployment_has_sized_resources_a_graceful_stop_and_spreads_over_nodes(String overlay) {
		for (String app : AppModules.names()) {
			Object pod = Manifests.named(overlay, "Deployment", app).at("spec.template.spec");
			Object container = container(overlay, app);
			assertThat(Tree.map(container, "resources.requests")).as(app).containsKeys("cpu", "memory");
			assertThat(Tree.map(container, "resources.limits")).as(app).containsKey("memory");
			assertThat(mebibytes(Tree.at(container, "resources.limits.memory")))
				.as(app + " memory limit is at least its request")
				.isGreaterThanOrEqualTo(mebibytes(Tree.at(container, "resources.requests.memory")));
			int preStop = ((Number) Tree.at(container, "lifecycle.preStop.sleep.seconds")).intValue();
			int grace = ((Number) Tree.at(pod, "terminationGracePeriodSeconds")).intValue();
			int shutdown = seconds(AppModules.configuration(app).get("spring.lifecycle.timeout-per-shutdown-phase"));
			assertThat(AppModules.configuration(app)).containsEntry("server.shutdown", "graceful");
			assertThat(grace).as(app + " grace period covers preStop and Boot's shutdown phase")
				.isGreaterThan(preStop + shutdown);
			assertThat(Tree.list(pod, "topologySpreadConstraints")).as(app)
				.extracting(constraint -> Tree.at(constraint, "topologyKey"))
				.contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
		}
	}

	static Object container(String overlay, String app) {
		return Tree.list(Manifests.named(overlay, "Deployment", app).body(), "spec.template.spec.containers")
			.stream()
			.filter(container -> app.equals(Tree.at(container, "name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No container " + app));
	}

	private static int mebibytes(Object quantity) {
		String text = quantity.toString();
		return text.endsWith("Gi") ? Integer.parseInt(text.replace("Gi", "")) * 1024 : Integer.parseInt(text.replace("Mi", ""));
	}

	private static int seconds(Object duration) {
		return Integer.parseInt(duration.toString().replace("s", ""));
	}

}
