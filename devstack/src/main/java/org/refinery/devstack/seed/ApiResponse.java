package org.refinery.devstack.seed;

import tools.jackson.databind.JsonNode;

import java.util.Optional;

/** One answer of the REST API, with what was asked, for precise messages. */
record ApiResponse(String method, String path, int status, JsonNode body, Optional<String> etag) {

	boolean ok() {
		return status >= 200 && status < 300;
	}

	/** 404, 405 or 501 on a write: the service does not offer this endpoint yet. */
	boolean endpointMissing() {
		return status == 404 || status == 405 || status == 501;
	}

	boolean conflict() {
		return status == 409;
	}

	/** The body of a successful answer; a missing endpoint or any other failure throws. */
	JsonNode orThrow() {
		if (ok()) {
			return body;
		}
		if (endpointMissing()) {
			throw new EndpointMissing(this);
		}
		throw new SeedingFailed(this);
	}

	String describe() {
		String detail = body.path("detail").asString(body.path("title").asString(""));
		return "%s %s answered HTTP %d%s".formatted(method, path, status, detail.isBlank() ? "" : " (" + detail + ")");
	}

}
