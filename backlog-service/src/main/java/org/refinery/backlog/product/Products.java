package org.refinery.backlog.product;

import java.util.List;
import java.util.Optional;

/** The stored products, read in key order. */
public interface Products {

	List<Product> within(ProductScope scope, int offset, int limit);

	long countWithin(ProductScope scope);

	Optional<Product> withKey(String key, ProductScope scope);

	/** Stores a new product owned by {@code owner}; a taken key raises {@link ProductKeyTaken}. */
	void add(Product product, Actor owner);

	boolean isOwnedBy(String productKey, String subject);

	/** Stores new settings if the stored version is still {@code expectedVersion}; false otherwise. */
	boolean update(Product product, long expectedVersion);

}
