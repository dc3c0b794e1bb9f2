package org.refinery.contracts.backlog.products;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * The people of a product changed: someone was granted or lost a role, or the product was
 * created with its creator as owner. Carries the full list, not the difference, so a consumer
 * replaces its copy and never has to replay history; {@code aggregateVersion} is the product's
 * membership version, which grows by one with every change, so a consumer ignores an event
 * older than the copy it holds.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the product id (the membership belongs to the product)
 * @param aggregateVersion the product's membership version after the change
 * @param actor who made the change
 * @param productKey the product's key, e.g. {@code PAY}
 * @param members every role every person holds in the product after the change
 */
public record ProductMembersChanged(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, String productKey, List<ProductMember> members) implements RefineryEvent {

	public ProductMembersChanged {
		Fields.envelope("ProductMembersChanged", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(productKey, "ProductMembersChanged", "productKey");
		Fields.sameAggregate("ProductMembersChanged", aggregateId, productId);
		members = Fields.list(members);
	}

}
