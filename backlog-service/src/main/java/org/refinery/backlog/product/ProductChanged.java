package org.refinery.backlog.product;

import java.util.Set;

/** A product's settings changed; {@code changedFields} names them. */
public record ProductChanged(Product product, Set<String> changedFields, Actor actor) {
}
