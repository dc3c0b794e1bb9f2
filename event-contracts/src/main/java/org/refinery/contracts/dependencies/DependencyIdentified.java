package org.refinery.contracts.dependencies;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A team declared that one of its items needs an item of (usually) another team. Emitted so
 * that the prerequisite team learns of it early, readiness can wait for acknowledgement and
 * forecasts can respect the order.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product of the dependent item
 * @param aggregateId the dependency id
 * @param aggregateVersion the dependency's version after the change
 * @param actor who made the change
 * @param dependency the dependency after the change
 * @param note what the dependent team needs, in its words; optional
 */
public record DependencyIdentified(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, DependencyState dependency, String note) implements RefineryEvent {

	public DependencyIdentified {
		Fields.envelope("DependencyIdentified", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(dependency, "DependencyIdentified", "dependency");
		Fields.sameAggregate("DependencyIdentified", aggregateId, dependency.id());
	}

}
