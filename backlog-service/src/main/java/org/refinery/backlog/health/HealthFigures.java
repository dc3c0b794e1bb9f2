package org.refinery.backlog.health;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads what the health of products and teams is computed from. */
public interface HealthFigures {

	/** The facts of every product, velocity over the last {@code periods} completed periods. */
	List<HealthFacts> ofAllProducts(int periods);

	Optional<HealthFacts> ofProduct(UUID productId, int periods);

	/**
	 * The facts of the given products in key order, the same as {@link #ofProduct} of each, but
	 * read with one query per figure for all of them together: a portfolio of 50 products costs a
	 * dozen queries, not 50 times a dozen.
	 */
	List<HealthFacts> ofProducts(Collection<UUID> productIds, int periods);

	/** The figures of every team of every product, plus {@code none} for items without a team. */
	List<TeamFigures> ofAllTeams(int periods);

}
