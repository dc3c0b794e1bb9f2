package org.refinery.contracts.backlog.products;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A product's Definition of Ready was replaced. Emitted because readiness of every open item
 * may change with it and because health metrics report against the rules in force. The
 * Definition of Ready belongs to the product aggregate, so this event also carries the
 * product and shares its version sequence.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the product id (the Definition of Ready is part of the product)
 * @param aggregateVersion the product's version after the change
 * @param actor who made the change
 * @param product the product after the change
 * @param definitionOfReady the Definition of Ready now in force, complete
 */
public record DefinitionOfReadyChanged(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, ProductState product,
		DefinitionOfReady definitionOfReady) implements RefineryEvent {

	public DefinitionOfReadyChanged {
		Fields.envelope("DefinitionOfReadyChanged", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(product, "DefinitionOfReadyChanged", "product");
		Fields.sameAggregate("DefinitionOfReadyChanged", aggregateId, product.id());
		Fields.required(definitionOfReady, "DefinitionOfReadyChanged", "definitionOfReady");
	}

}
