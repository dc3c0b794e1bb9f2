package org.refinery.backlog.product;

import org.refinery.membership.Caller;

import java.util.Set;

/**
 * Which products a reader may see: every product, or those whose keys a Keycloak group or a
 * Refinery membership grants. An empty scope sees nothing, the safe answer for a user in no
 * product group and no product's people.
 */
public record ProductScope(boolean everything, Set<String> keys) {

	public ProductScope {
		keys = everything ? Set.of() : Set.copyOf(keys);
	}

	public static ProductScope all() {
		return new ProductScope(true, Set.of());
	}

	public static ProductScope only(Set<String> keys) {
		return new ProductScope(false, keys);
	}

	/** What the caller sees: every product, or those their groups and memberships grant. */
	public static ProductScope of(Caller caller) {
		Set<String> visible = caller.visibleProducts();
		return visible == null ? all() : only(visible);
	}

	/** Whether no product at all can be in scope. */
	public boolean isEmpty() {
		return !everything && keys.isEmpty();
	}

	/** Whether the product with this key is in scope. */
	public boolean includes(String productKey) {
		return everything || keys.contains(productKey);
	}

}
