package org.refinery.devstack.keycloak;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code refinery} realm as this repository keeps it: {@code keycloak/refinery-realm.json} on
 * the classpath (source: devstack/src/main/resources). The demo users are read from it, so the
 * logins printed at start-up are always the ones Keycloak imported.
 */
public final class RealmFile {

	public static final String REALM = "refinery";

	static final String RESOURCE = "/keycloak/refinery-realm.json";

	/** The gateway origin the realm file names in redirect URIs and web origins. */
	static final String DEFAULT_GATEWAY_ORIGIN = "http://localhost:8080";

	private final String json;

	private RealmFile(String json) {
		this.json = json;
	}

	public static RealmFile load() {
		try (InputStream in = RealmFile.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + RESOURCE);
			}
			return new RealmFile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The realm with the gateway's redirect URIs and web origins pointing at the given origin. */
	String forGateway(String gatewayOrigin) {
		return json.replace(DEFAULT_GATEWAY_ORIGIN, gatewayOrigin);
	}

	public List<DemoUser> demoUsers() {
		JsonNode realm = JsonMapper.shared().readTree(json);
		var users = new ArrayList<DemoUser>();
		for (JsonNode user : realm.path("users")) {
			String password = user.path("credentials").path(0).path("value").asString();
			var roles = user.path("realmRoles").valueStream().map(JsonNode::asString).toList();
			var groups = user.path("groups").valueStream().map(JsonNode::asString).toList();
			users.add(new DemoUser(user.path("username").asString(), password, roles, groups));
		}
		return users;
	}

}
