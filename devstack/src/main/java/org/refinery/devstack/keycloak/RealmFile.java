package org.refinery.devstack.keycloak;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
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

	/** Keycloak keeps a client's post-logout redirect URIs in one attribute, separated by {@code ##}. */
	private static final String POST_LOGOUT = "post.logout.redirect.uris";

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
	private String forGateway(String gatewayOrigin) {
		return json.replace(DEFAULT_GATEWAY_ORIGIN, gatewayOrigin);
	}

	/**
	 * The realm for several gateway replicas: the first origin takes the place of the realm file's
	 * (root URLs stay on it), and every redirect URI, web origin and post-logout redirect naming it
	 * is accepted on each other origin too, so that a browser may sign in through any replica.
	 */
	String forGateways(List<String> origins) {
		String first = origins.getFirst();
		String single = forGateway(first);
		if (origins.size() == 1) {
			return single;
		}
		var others = origins.subList(1, origins.size());
		var realm = (ObjectNode) JsonMapper.shared().readTree(single);
		for (JsonNode client : realm.path("clients")) {
			for (String field : List.of("redirectUris", "webOrigins")) {
				if (client.path(field) instanceof ArrayNode uris) {
					alsoOn(uris.valueStream().map(JsonNode::asString).toList(), first, others).forEach(uris::add);
				}
			}
			if (client.path("attributes") instanceof ObjectNode attributes && attributes.has(POST_LOGOUT)) {
				var uris = new ArrayList<>(List.of(attributes.path(POST_LOGOUT).asString().split("##")));
				uris.addAll(alsoOn(List.copyOf(uris), first, others));
				attributes.put(POST_LOGOUT, String.join("##", uris));
			}
		}
		return JsonMapper.shared().writeValueAsString(realm);
	}

	private static List<String> alsoOn(List<String> uris, String origin, List<String> others) {
		var added = new ArrayList<String>();
		for (String other : others) {
			uris.stream().filter(uri -> uri.startsWith(origin)).map(uri -> other + uri.substring(origin.length()))
				.forEach(added::add);
		}
		return added;
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
