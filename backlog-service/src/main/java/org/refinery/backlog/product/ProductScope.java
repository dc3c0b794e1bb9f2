package org.refinery.backlog.product;

import java.util.Set;

/**
 * Which products a reader may see: every product, or those whose keys a Keycloak group grants
 * plus those the reader owns (by token subject). An empty scope sees nothing, the safe answer
 * for a user in no product group.
 */
public record ProductScope(boolean everything, Set<String> keys, String ownerSubject) {

	public ProductScope {
		keys = everything ? Set.of() : Set.copyOf(keys);
		ownerSubject = everything ? null : ownerSubject;
	}

	public static ProductScope all() {
		return new ProductScope(true, Set.of(), null);
	}

	public static ProductScope only(Set<String> keys, String ownerSubject) {
		return new ProductScope(false, keys, ownerSubject);
	}

	/** Whether no product at all can be in scope. */
	public boolean isEmpty() {
		return !everything && keys.isEmpty() && ownerSubject == null;
	}

}
