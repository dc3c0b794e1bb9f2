package org.refinery.devstack.keycloak;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RealmFileTest {

	private static JsonNode client(String realm, String clientId) {
		for (JsonNode client : JsonMapper.shared().readTree(realm).path("clients")) {
			if (clientId.equals(client.path("clientId").asString())) {
				return client;
			}
		}
		throw new AssertionError("no client " + clientId);
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	@Test
	void one_gateway_takes_the_place_of_the_realm_files_origin() {
		String realm = RealmFile.load().forGateways(List.of("http://localhost:18080"));
		assertThat(realm).doesNotContain("localhost:8080").contains("http://localhost:18080/*");
	}

	@Test
	void every_gateway_replica_may_send_browsers_to_keycloak_and_take_them_back() {
		String realm = RealmFile.load().forGateways(List.of("http://localhost:8080", "http://localhost:8280"));
		JsonNode gateway = client(realm, "refinery-gateway");
		assertThat(strings(gateway.path("redirectUris"))).contains("http://localhost:8080/*", "http://localhost:8280/*");
		assertThat(strings(gateway.path("webOrigins"))).contains("http://localhost:8080", "http://localhost:8280");
		assertThat(gateway.path("attributes").path("post.logout.redirect.uris").asString())
			.isEqualTo("http://localhost:8080/*##http://localhost:8280/*");
		assertThat(gateway.path("rootUrl").asString()).isEqualTo("http://localhost:8080");
		assertThat(strings(client(realm, "refinery-swagger-ui").path("redirectUris")))
			.contains("http://localhost:8280/swagger-ui/oauth2-redirect.html");
	}

}
