package org.refinery.devstack.services;

import org.refinery.devstack.ports.Ports;

import java.util.ArrayList;
import java.util.List;

/**
 * What every gateway replica is started with besides its ports: the shared database, the issuer,
 * the local rate limits, and every replica of each service. Spring Cloud LoadBalancer takes the
 * service replicas in turn from the simple discovery client's instance list (docs/adr/0013).
 */
final class GatewayArguments {

	/** One developer (and the seeder) per machine: a roomier per-caller limit than production's. */
	private static final int LOCAL_RATE_LIMIT = 200;

	private GatewayArguments() {
	}

	static List<String> of(Ports ports, String jdbcBase, String issuer) {
		var arguments = new ArrayList<String>();
		arguments.add("--spring.datasource.url=" + jdbcBase + ServiceFleet.GATEWAY_DATABASE.name());
		arguments.add("--spring.datasource.username=" + ServiceFleet.GATEWAY_DATABASE.name());
		arguments.add("--spring.datasource.password=" + ServiceFleet.GATEWAY_DATABASE.password());
		arguments.addAll(instanceList(ports));
		arguments.add("--refinery.security.issuer-uri=" + issuer);
		arguments.add("--refinery.gateway.rate-limit.requests-per-second=" + LOCAL_RATE_LIMIT);
		arguments.add("--refinery.gateway.rate-limit.burst=" + 2 * LOCAL_RATE_LIMIT);
		String probe = "--refinery.gateway.rate-limit.clients." + ServiceFleet.RATE_PROBE_CLIENT;
		arguments.add(probe + ".requests-per-second=" + ServiceFleet.RATE_PROBE_PER_SECOND);
		arguments.add(probe + ".burst=" + ServiceFleet.RATE_PROBE_BURST);
		return arguments;
	}

	/** Each replica of each service, e.g. backlog-service[1] on 8281. */
	static List<String> instanceList(Ports ports) {
		var arguments = new ArrayList<String>();
		for (RefineryService service : RefineryService.values()) {
			for (int replica = 1; replica <= ports.replicaCount(); replica++) {
				arguments.add("--spring.cloud.discovery.client.simple.instances.%s[%d].uri=%s"
					.formatted(service.module(), replica - 1, ServiceFleet.url(ports.of(service.port(), replica))));
			}
		}
		return arguments;
	}

}
