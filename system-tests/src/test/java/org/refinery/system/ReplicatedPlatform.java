package org.refinery.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For the classes about replicas ({@code @ExtendWith(ReplicatedPlatform.class)}, ordered after
 * every single-replica class and before {@link PlatformShutdownIT}): before any of their
 * {@code @BeforeAll} methods, including inherited ones, the shared platform is the one with
 * {@link SharedPlatform#REPLICAS} replicas of everything, so that {@link SharedPlatform#stack()},
 * {@link SharedPlatform#as(String)} and every helper built on them address it.
 */
public final class ReplicatedPlatform implements BeforeAllCallback {

	/** The order of the classes about replicas: after all others, before the shutdown's. */
	public static final int ORDER = Integer.MAX_VALUE - 100;

	@Override
	public void beforeAll(ExtensionContext context) {
		SharedPlatform.replicated();
	}

}
