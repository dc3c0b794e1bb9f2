package org.refinery.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refinery.k8s.Manifests.Resource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Default deny, then only the paths of the architecture: the ingress controller reaches the
 * gateway, the gateway the services, Keycloak and PostgreSQL (its sessions and rate-limit
 * buckets), the services Kafka, PostgreSQL and Keycloak,
 * and Prometheus scrapes every application on its management port, which nothing else reaches.
 * Nothing else may open a path to a service.
 */
class NetworkPolicyTest {

	/** Everything but the private, shared, loopback, link-local and multicast ranges: webhook receivers. */
	private static final String PUBLIC_ADDRESSES = "ipBlock=0.0.0.0/0 except [0.0.0.0/8, 10.0.0.0/8, 100.64.0.0/10, "
			+ "127.0.0.0/8, 169.254.0.0/16, 172.16.0.0/12, 192.168.0.0/16, 224.0.0.0/4]";

	private static final Set<String> INFRASTRUCTURE = Set.of("strimzi.io/cluster=refinery-kafka",
			"cnpg.io/cluster=refinery-db", "app=keycloak");

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void everything_is_denied_unless_a_policy_allows_it(String overlay) {
		Resource deny = Manifests.named(overlay, "NetworkPolicy", "default-deny");
		assertThat(Tree.map(deny.body(), "spec.podSelector")).isEmpty();
		assertThat(Tree.list(deny.body(), "spec.policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
		assertThat(deny.at("spec.ingress")).isNull();
		assertThat(deny.at("spec.egress")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void services_accept_only_the_gateway_and_prometheus_and_reach_only_kafka_postgres_and_keycloak(String overlay) {
		for (String service : services()) {
			for (Resource policy : selecting(overlay, service)) {
				for (Object rule : Tree.list(policy.body(), "spec.ingress")) {
					assertThat(peers(rule)).as("%s may be called by", service)
						.isNotEmpty()
						.allMatch(peer -> peer.equals("app.kubernetes.io/name=gateway")
								|| peer.equals("namespace=monitoring"));
				}
				for (Object rule : Tree.list(policy.body(), "spec.egress")) {
					assertThat(peers(rule)).as("%s may call", service).isNotEmpty()
						.allMatch(peer -> INFRASTRUCTURE.contains(peer)
								|| (service.equals("backlog-service") && peer.equals(PUBLIC_ADDRESSES)));
				}
			}
			assertThat(selecting(overlay, service)).as("policies of %s", service).isNotEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void only_the_backlog_reaches_outside_the_cluster_for_webhooks_on_http_ports_and_never_a_private_range(String overlay) {
		List<String> outside = new java.util.ArrayList<>();
		for (Resource policy : Manifests.ofKind(overlay, "NetworkPolicy")) {
			for (Object rule : Tree.list(policy.body(), "spec.egress")) {
				if (peers(rule).contains(PUBLIC_ADDRESSES)) {
					outside.add(policy.name());
					assertThat(peers(rule)).containsExactly(PUBLIC_ADDRESSES);
					assertThat(ports(rule)).containsExactlyInAnyOrder(443, 80);
				}
			}
		}
		assertThat(outside).containsExactly("backlog-service-webhooks");
	}

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void the_gateway_reaches_only_the_services_keycloak_and_postgres(String overlay) {
		for (Resource policy : selecting(overlay, "gateway")) {
			for (Object rule : Tree.list(policy.body(), "spec.egress")) {
				assertThat(peers(rule)).isNotEmpty()
					.allMatch(peer -> peer.equals("app=keycloak") || peer.equals("cnpg.io/cluster=refinery-db")
							|| services().stream().anyMatch(service -> peer.equals("app.kubernetes.io/name=" + service)));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void only_the_monitoring_namespace_reaches_a_management_port_and_only_that_port(String overlay) {
		for (String app : AppModules.names()) {
			List<Object> monitoring = new java.util.ArrayList<>();
			for (Resource policy : selecting(overlay, app)) {
				for (Object rule : Tree.list(policy.body(), "spec.ingress")) {
					List<Object> ports = ports(rule);
					if (peers(rule).contains("namespace=monitoring")) {
						assertThat(peers(rule)).as("%s: monitoring shares no rule", app).containsExactly("namespace=monitoring");
						assertThat(ports).as("%s: monitoring reaches", app).containsExactly(AppModules.managementPort(app));
						monitoring.add(rule);
					}
					else {
						assertThat(ports).as("%s: %s reaches", app, peers(rule)).isNotEmpty()
							.doesNotContain(AppModules.managementPort(app));
					}
				}
			}
			assertThat(monitoring).as("%s is scraped", app).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void the_gateway_reaches_the_services_api_ports_never_their_management_ports(String overlay) {
		for (Resource policy : selecting(overlay, "gateway")) {
			for (Object rule : Tree.list(policy.body(), "spec.egress")) {
				String peer = peers(rule).getFirst();
				services().stream().filter(service -> peer.equals("app.kubernetes.io/name=" + service)).forEach(service ->
					assertThat(ports(rule)).as("gateway -> %s", service).containsExactly(AppModules.port(service)));
			}
		}
	}

	/** The port numbers a rule opens. */
	private static List<Object> ports(Object rule) {
		return Tree.list(rule, "ports").stream().map(port -> Tree.at(port, "port")).toList();
	}

	private static List<String> services() {
		return AppModules.names().stream().filter(app -> !app.equals("gateway")).toList();
	}

	/** The policies whose pod selector picks exactly this app (default deny and DNS excluded). */
	private static List<Resource> selecting(String overlay, String app) {
		return Manifests.ofKind(overlay, "NetworkPolicy").stream()
			.filter(policy -> app.equals(Tree.map(policy.body(), "spec.podSelector.matchLabels").get("app.kubernetes.io/name")))
			.toList();
	}

	/** A rule's peers as {@code key=value} of their pod labels, or {@code namespace=<name>}. */
	private static List<String> peers(Object rule) {
		Object peers = Tree.at(rule, "from") != null ? Tree.at(rule, "from") : Tree.at(rule, "to");
		return Tree.list(Map.of("peers", peers == null ? List.of() : peers), "peers").stream().map(peer -> {
			Map<String, Object> block = Tree.map(peer, "ipBlock");
			if (!block.isEmpty()) {
				return "ipBlock=" + block.get("cidr") + " except " + Tree.list(peer, "ipBlock.except");
			}
			Map<String, Object> namespace = Tree.map(peer, "namespaceSelector.matchLabels");
			if (!namespace.isEmpty()) {
				return "namespace=" + namespace.get("kubernetes.io/metadata.name");
			}
			return Tree.map(peer, "podSelector.matchLabels").entrySet().stream()
				.map(label -> label.getKey() + "=" + label.getValue())
				.findFirst()
				.orElse("everything");
		}).toList();
	}

}
