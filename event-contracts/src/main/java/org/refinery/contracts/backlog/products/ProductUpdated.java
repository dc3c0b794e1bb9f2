package org.refinery.contracts.backlog.products;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A product's name, vision, delivery mode or cadence changed. Emitted so that labels on
 * dashboards and forecast periods follow; a cadence change moves future period boundaries.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the product id
 * @param aggregateVersion the product's version after the change
 * @param actor who made the change
 * @param product the product after the change
 * @param changedFields names of the changed {@link ProductState} fields
 */
public record ProductUpdated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, ProductState product,
		Set<String> changedFields) implements RefineryEvent {

	public ProductUpdated {
		Fields.envelope("ProductUpdated", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(product, "ProductUpdated", "product");
		Fields.sameAggregate("ProductUpdated", aggregateId, product.id());
		changedFields = Fields.sortedSet(changedFields);
	}

}
