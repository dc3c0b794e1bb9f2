package org.refinery.contracts.dependencies;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A dependency was acknowledged, resolved, rejected or withdrawn. Emitted because readiness
 * of the dependent item and the open-dependency metrics change with it.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product of the dependent item
 * @param aggregateId the dependency id
 * @param aggregateVersion the dependency's version after the change
 * @param actor who made the change
 * @param dependency the dependency after the change
 * @param from the status before
 * @param to the status now
 * @param reason why, as given by the person who changed it; optional
 */
public record DependencyStatusChanged(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, DependencyState dependency, DependencyStatus from, DependencyStatus to,
		String reason) implements RefineryEvent {

	public DependencyStatusChanged {
		Fields.envelope("DependencyStatusChanged", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(dependency, "DependencyStatusChanged", "dependency");
		Fields.sameAggregate("DependencyStatusChanged", aggregateId, dependency.id());
		Fields.required(from, "DependencyStatusChanged", "from");
		Fields.required(to, "DependencyStatusChanged", "to");
	}

}
