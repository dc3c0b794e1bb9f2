package org.refinery.dependency.tracking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored dependencies. */
public interface Dependencies {

	/** Dependencies matching the query, newest first. */
	List<Dependency> matching(DependencyQuery query, int offset, int limit);

	long countMatching(DependencyQuery query);

	Optional<Dependency> byId(UUID id);

	/** Stores a new dependency; raises {@link DuplicateDependency} when the same open edge exists. */
	void add(Dependency dependency);

	/**
	 * Stores the new status, teams, needed-by, note, removal flag and version if the stored
	 * version is still {@code before.version()}; otherwise raises {@link StaleVersion}.
	 */
	void update(Dependency before, Dependency after);

	/** Serializes changes to one product's graph until the transaction ends. */
	void lockProduct(String productKey);

	/** The stored version of the product's blocking graph, 0 before its first change. */
	long graphVersion(String productKey);

	/** Raises the product's graph version in this transaction (locking it until the end) and answers it. */
	long advanceGraphVersion(String productKey);

	boolean openEdgeExists(UUID dependentItemId, UUID prerequisiteItemId, DependencyType type);

	/** Every dependency, whatever its status, whose prerequisite is this item. */
	List<Dependency> onPrerequisite(UUID itemId);

	/** The open dependencies in which this item is the dependent or the prerequisite. */
	List<Dependency> openInvolving(UUID itemId);

	/** Every open dependency of every product, for metrics. */
	List<Dependency> open();

	/** The dependencies of a product with the given statuses, as the analysis needs them. */
	List<Dependency> ofProduct(String productKey, List<DependencyStatus> statuses);

}
