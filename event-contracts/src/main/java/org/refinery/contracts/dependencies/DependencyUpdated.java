package org.refinery.contracts.dependencies;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A dependency's type, needed-by date or owning teams changed, e.g. because an item moved to
 * another team. Emitted so dependency-aware forecasts and team matrices stay correct.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product of the dependent item
 * @param aggregateId the dependency id
 * @param aggregateVersion the dependency's version after the change
 * @param actor who made the change
 * @param dependency the dependency after the change
 * @param changedFields names of the changed {@link DependencyState} fields
 */
public record DependencyUpdated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, DependencyState dependency,
		Set<String> changedFields) implements RefineryEvent {

	public DependencyUpdated {
		Fields.envelope("DependencyUpdated", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(dependency, "DependencyUpdated", "dependency");
		Fields.sameAggregate("DependencyUpdated", aggregateId, dependency.id());
		changedFields = Fields.sortedSet(changedFields);
	}

}
