package org.refinery.alignment.backlog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The products of the read model. */
public interface KnownProducts {

	Optional<KnownProduct> withKey(String key);

	Optional<KnownProduct> byId(UUID id);

	/** Stores the product unless a version at least as new is already held; says whether it stored it. */
	boolean save(KnownProduct product);

	/** Every known product, by key. */
	List<KnownProduct> all();

}
