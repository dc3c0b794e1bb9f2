package org.refinery.backlog.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored teams. */
public interface Teams {

	/** Stores a new team; a taken key raises {@link TeamKeyTaken}. */
	void add(Team team);

	List<Team> ofProduct(UUID productId);

	Optional<Team> withKey(String key);

}
