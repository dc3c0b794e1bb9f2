package org.refinery.devstack.keycloak;

import java.util.List;

/** A demo login of the local realm; its password is a local demo credential, never a real one. */
public record DemoUser(String username, String password, List<String> realmRoles, List<String> groups) {

	public DemoUser {
		realmRoles = List.copyOf(realmRoles);
		groups = List.copyOf(groups);
	}

}
