package org.refinery.k8s;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak Operator imports the realm from inside a KeycloakRealmImport, and kustomize may
 * not load files outside {@code k8s/}, so {@code components/keycloak/realm-import.json} holds a
 * copy of the devstack realm. This proves the copy is the devstack realm with exactly the
 * production settings and nothing else: no demo users, the gateway client's secret and the
 * public host as operator placeholders filled from Secrets.
 */
class RealmImportTest {

	private static final Path DEVSTACK_REALM = Manifests.REPOSITORY
		.resolve("devstack/src/main/resources/keycloak/refinery-realm.json");

	private static final Path IMPORT = Manifests.K8S.resolve("components/keycloak/realm-import.json");

	private static final String DEMO_SECRET = "refinery-gateway-local-demo-secret";

	@Test
	void the_realm_import_is_the_devstack_realm_with_production_settings() throws IOException {
		var json = JsonMapper.builder().build();
		JsonNode devstack = json.readTree(Files.readString(DEVSTACK_REALM));
		JsonNode imported = json.readTree(Files.readString(IMPORT));

		assertThat(imported.path("kind").asString()).isEqualTo("KeycloakRealmImport");
		assertThat(imported.path("spec").path("realm")).as("devstack realm with production settings; regenerate "
				+ IMPORT + " from " + DEVSTACK_REALM + " after a realm change").isEqualTo(production(devstack));
	}

	@Test
	void the_realm_import_has_no_demo_user_or_demo_secret_and_fills_its_placeholders_from_secrets() throws IOException {
		String text = Files.readString(IMPORT);
		JsonNode spec = JsonMapper.builder().build().readTree(text).path("spec");

		assertThat(text).doesNotContain(DEMO_SECRET, "localhost");
		assertThat(spec.path("realm").has("users")).isFalse();
		for (String placeholder : new String[] { "REFINERY_GATEWAY_CLIENT_SECRET", "REFINERY_HOST" }) {
			assertThat(text).contains("${" + placeholder + "}");
			assertThat(spec.path("placeholders").path(placeholder).path("secret").path("name").asString())
				.as(placeholder).isNotBlank();
		}
	}

	/** The production form of a realm: what {@code realm-import.json} must contain. */
	static JsonNode production(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			object.properties().stream()
				.filter(entry -> !entry.getKey().equals("users"))
				.forEach(entry -> copy.set(entry.getKey(), production(entry.getValue())));
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			array.forEach(element -> copy.add(production(element)));
			return copy;
		}
		if (node.isString()) {
			String text = node.asString();
			return StringNode.valueOf(text.equals(DEMO_SECRET) ? "${REFINERY_GATEWAY_CLIENT_SECRET}"
					: text.replace("http://localhost:8080", "https://${REFINERY_HOST}"));
		}
		return node;
	}

}
