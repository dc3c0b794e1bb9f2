package org.refinery.devstack.seed;

/** An endpoint exists but refused the demo data: seeding it is mandatory, so the start fails. */
public final class SeedingFailed extends RuntimeException {

	SeedingFailed(ApiResponse response) {
		super("Seeding failed: " + response.describe());
	}

	SeedingFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
