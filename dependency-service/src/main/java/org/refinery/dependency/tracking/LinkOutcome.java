package org.refinery.dependency.tracking;

import java.util.UUID;

/** What the dependency rules made of an imported link; the dependency is null when refused. */
public record LinkOutcome(PendingLink link, Result result, String reason, UUID dependencyId) {

	public enum Result {
		CREATED, EXISTING, REFUSED
	}

	public static LinkOutcome created(PendingLink link, UUID dependencyId) {
		return new LinkOutcome(link, Result.CREATED, null, dependencyId);
	}

	public static LinkOutcome existing(PendingLink link, UUID dependencyId) {
		return new LinkOutcome(link, Result.EXISTING, null, dependencyId);
	}

	public static LinkOutcome refused(PendingLink link, String reason) {
		return new LinkOutcome(link, Result.REFUSED, reason, null);
	}

}
