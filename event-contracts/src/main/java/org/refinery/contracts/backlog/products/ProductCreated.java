package org.refinery.contracts.backlog.products;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A product was registered, so its teams, items and goals can follow. Emitted once per
 * product; consumers create their local copy of the product from it.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the product id
 * @param aggregateVersion the product's version after the change
 * @param actor who made the change
 * @param product the product after the change
 */
public record ProductCreated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, ProductState product) implements RefineryEvent {

	public ProductCreated {
		Fields.envelope("ProductCreated", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(product, "ProductCreated", "product");
		Fields.sameAggregate("ProductCreated", aggregateId, product.id());
	}

}
