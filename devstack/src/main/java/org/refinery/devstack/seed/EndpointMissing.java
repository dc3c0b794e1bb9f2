package org.refinery.devstack.seed;

/** A service does not implement an endpoint yet (404/405/501): that part of seeding is skipped. */
final class EndpointMissing extends RuntimeException {

	EndpointMissing(ApiResponse response) {
		super("%s %s is not offered by the running service (HTTP %d)".formatted(response.method(), response.path().replaceFirst("\\?.*$", ""),
				response.status()));
	}

}
