package org.refinery.alignment.backlog;

import java.util.Objects;
import java.util.UUID;

/** A product as backlog-service last announced it: enough to name it and to address its goals. */
public record KnownProduct(UUID id, String key, String name, long version) {

	public KnownProduct {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
	}

	/** Whether this state replaces {@code held} (possibly {@code null}): only a newer version does. */
	public boolean supersedes(KnownProduct held) {
		return held == null || version > held.version();
	}

}
