package org.refinery.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import java.util.List;

/**
 * Names a service's OpenAPI document and points "try it out" at the gateway. Without this,
 * springdoc titles every document "OpenAPI definition v0" and names as server the address the
 * document was fetched from: the service's own port inside the platform, which a browser on
 * Swagger UI (served by the gateway) can neither reach nor authenticate against. The relative
 * server {@code /} sends each call to the origin that served Swagger UI, the gateway, which
 * routes {@code /api/<service>/**} on with the caller's token.
 */
final class DocumentIdentity {

	private final String title;

	private final String version;

	private final String purpose;

	/** {@code purpose}: what the service's API is for ({@code refinery.api.description}), if said. */
	DocumentIdentity(String applicationName, String version, String purpose) {
		this.title = "Refinery " + applicationName.replace("-service", "") + " API (" + applicationName + ")";
		this.version = version;
		this.purpose = purpose == null || purpose.isBlank() ? "" : purpose.strip() + "\n\n";
	}

	void applyTo(OpenAPI document) {
		Info info = document.getInfo() == null ? new Info() : document.getInfo();
		document.info(info.title(title)
			.version(version)
			.description(purpose + "Called through the gateway with a Keycloak bearer token. Every refusal is an RFC 9457 "
					+ "problem (application/problem+json) naming each rejected field by JSON Pointer; see docs/errors.md."));
		document.servers(List.of(new Server().url("/").description("the gateway that serves this page")));
	}

}
