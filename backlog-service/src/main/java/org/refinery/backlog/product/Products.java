package org.refinery.backlog.product;

import java.util.List;
import java.util.Optional;

/** The stored products, read in key order. */
public interface Products {

	List<Product> within(ProductScope scope, int offset, int limit);

	long countWithin(ProductScope scope);

	Optional<Product> withKey(String key, ProductScope scope);

	/**
	 * Stores a new product; a taken key raises {@link ProductKeyTaken}. Its creator becomes its
	 * owner through the membership, which listens to {@link ProductCreated}.
	 */
	void add(Product product);

	/** Stores new settings if the stored version is still {@code expectedVersion}; false otherwise. */
	boolean update(Product product, long expectedVersion);

}
