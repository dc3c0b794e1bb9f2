package org.refinery.k8s;

import org.junit.jupiter.api.Test;
import org.refinery.k8s.Manifests.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the environments differ in: patches only, so these need the rendered output. */
class OverlaysTest {

	@Test
	void production_runs_several_replicas_of_every_app_never_two_on_one_node() {
		assumeTrue(Manifests.kubectlAvailable(), "overlay patches are applied only by kubectl kustomize");
		for (String app : AppModules.names()) {
			Resource deployment = Manifests.named("overlays/prod", "Deployment", app);
			Resource autoscaler = Manifests.named("overlays/prod", "HorizontalPodAutoscaler", app);
			assertThat(((Number) deployment.at("spec.replicas")).intValue()).as(app).isGreaterThanOrEqualTo(2);
			assertThat(((Number) autoscaler.at("spec.minReplicas")).intValue()).as(app).isGreaterThanOrEqualTo(2);
			assertThat(((Number) autoscaler.at("spec.maxReplicas")).intValue()).as(app)
				.isGreaterThan(((Number) autoscaler.at("spec.minReplicas")).intValue());
			Object required = deployment.at(
					"spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution.0");
			assertThat(Tree.at(required, "topologyKey")).as(app).isEqualTo("kubernetes.io/hostname");
			assertThat(Tree.map(required, "labelSelector.matchLabels")).as(app)
				.containsEntry("app.kubernetes.io/name", app);
		}
	}

	@Test
	void production_exposes_only_the_gateway_through_a_tls_ingress() {
		assertThat(Manifests.ofKind("overlays/prod", "Ingress")).singleElement().satisfies(ingress -> {
			assertThat(ingress.at("spec.tls.0.secretName")).isNotNull();
			assertThat(Tree.list(ingress.body(), "spec.tls.0.hosts")).contains(ingress.at("spec.rules.0.host"));
			assertThat(ingress.at("spec.rules.0.http.paths.0.backend.service.name")).isEqualTo("gateway");
		});
		assertThat(Manifests.ofKind("overlays/dev", "Ingress")).isEmpty();
	}

	@Test
	void development_runs_one_replica_of_everything_with_small_requests() {
		assumeTrue(Manifests.kubectlAvailable(), "overlay patches are applied only by kubectl kustomize");
		for (String app : AppModules.names()) {
			assertThat(Manifests.named("overlays/dev", "Deployment", app).at("spec.replicas")).as(app).isEqualTo(1);
			assertThat(Manifests.named("overlays/dev", "HorizontalPodAutoscaler", app).at("spec.maxReplicas"))
				.as(app).isEqualTo(1);
			assertThat(Tree.at(DeploymentPolicyTest.container("overlays/dev", app), "resources.requests.memory"))
				.as(app).isEqualTo("384Mi");
		}
		assertThat(Manifests.named("overlays/dev", "Cluster", "refinery-db").at("spec.instances")).isEqualTo(1);
		assertThat(Manifests.ofKind("overlays/dev", "KafkaTopic"))
			.allSatisfy(topic -> assertThat(topic.at("spec.replicas")).as(topic.toString()).isEqualTo(1));
	}

}
