package org.refinery.backlog.product;

/** A product's backlog was started by {@code actor}. */
public record ProductCreated(Product product, Actor actor) {
}
