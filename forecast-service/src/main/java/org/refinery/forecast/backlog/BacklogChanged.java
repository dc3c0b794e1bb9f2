package org.refinery.forecast.backlog;

/** Something a product's forecast depends on changed: an item, a dependency, a team or the product. */
public record BacklogChanged(String productKey) {
}
