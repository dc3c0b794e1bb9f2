package org.refinery.forecast.backlog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The known products and teams; saving keeps only newer versions. */
public interface Products {

	/** Saves the product unless a newer or equal version is held; {@code true} when it changed. */
	boolean save(KnownProduct product);

	/** Saves the team unless a newer or equal version is held; {@code true} when it changed. */
	boolean save(KnownTeam team);

	Optional<KnownProduct> byKey(String key);

	Optional<KnownProduct> byId(UUID id);

	Optional<KnownTeam> team(String key);

	List<KnownTeam> teamsOf(UUID productId);

}
