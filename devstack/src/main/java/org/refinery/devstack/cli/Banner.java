package org.refinery.devstack.cli;

import org.refinery.devstack.Devstack;
import org.refinery.devstack.keycloak.DemoUser;
import org.refinery.devstack.keycloak.KeycloakServer;
import org.refinery.devstack.keycloak.PasswordGrant;
import org.refinery.devstack.keycloak.RealmFile;

import java.io.PrintStream;

/** What a developer needs once the stack is up: where to go and how to sign in. */
final class Banner {

	private Banner() {
	}

	static void print(Devstack stack, PrintStream out) {
		String gateway = stack.gatewayUrl();
		String issuer = stack.issuer();
		out.println();
		out.println("Refinery is running.");
		out.printf("  Dashboard    %s/%n", gateway);
		out.printf("  Swagger UI   %s/swagger-ui.html%n", gateway);
		if (stack.gatewayUrls().size() > 1) {
			out.printf("  Gateways     %s (each balancing across %d replicas of every service)%n",
					String.join(" ", stack.gatewayUrls()), stack.gatewayUrls().size());
		}
		out.printf("  Keycloak     %s/admin/  (%s / %s)%n", issuer.substring(0, issuer.indexOf("/realms/")),
				KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD);
		out.println("  Demo logins  (local demo passwords of the local realm; never use them anywhere else)");
		for (DemoUser user : RealmFile.load().demoUsers()) {
			out.printf("    %-5s / %-10s %-18s %s%n", user.username(), user.password(), String.join(",", user.realmRoles()),
					String.join(" ", user.groups()));
		}
		out.println("  A token for curl (public client, password grant — local realm only):");
		out.printf("    TOKEN=$(curl -s -d grant_type=password -d client_id=%s -d username=paul -d password=paul-demo \\%n"
				+ "      %s/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')%n",
				PasswordGrant.CLIENT_ID, issuer);
		out.printf("    curl -s -H \"Authorization: Bearer $TOKEN\" %s/api/backlog/products%n", gateway);
		out.printf("  Logs in %s (./refinery logs <component>); stop with Ctrl-C or ./refinery down%n",
				stack.settings().logs());
		out.println();
	}

}
