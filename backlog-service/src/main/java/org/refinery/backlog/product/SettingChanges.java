package org.refinery.backlog.product;

import java.util.List;
import java.util.UUID;

/** The stored history of products' settings: who changed which setting, when, from what to what. */
public interface SettingChanges {

	/** Stores one history entry per changed setting, all at the product version the change made. */
	void record(UUID productId, long version, List<SettingChange> changes, Actor actor);

	/** A page of the product's setting changes, newest version first. */
	List<ProductHistoryEntry> of(UUID productId, int offset, int limit);

	long countOf(UUID productId);

}
