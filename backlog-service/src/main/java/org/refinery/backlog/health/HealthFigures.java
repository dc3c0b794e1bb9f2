package org.refinery.backlog.health;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads what the health of products and teams is computed from. */
public interface HealthFigures {

	/** The facts of every product, velocity over the last {@code periods} completed periods. */
	List<HealthFacts> ofAllProducts(int periods);

	Optional<HealthFacts> ofProduct(UUID productId, int periods);

	/** The figures of every team of every product, plus {@code none} for items without a team. */
	List<TeamFigures> ofAllTeams(int periods);

}
