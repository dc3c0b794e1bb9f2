package org.refinery.contracts.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * dependency-service decided about links of an import ({@link ItemLinksImported}): each became a
 * dependency, was one already, or was refused with the reason. A link whose items have not
 * reached dependency-service yet waits, so one part may be settled over several events.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the outcomes were committed
 * @param productId the product
 * @param aggregateId the import job id
 * @param aggregateVersion counts the job's settlements, from 1
 * @param actor who imported (the dependencies are identified on their behalf)
 * @param importJob the import job
 * @param links the outcomes
 */
public record ImportedLinksSettled(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, ImportState importJob, List<LinkOutcome> links) implements RefineryEvent {

	public ImportedLinksSettled {
		Fields.envelope("ImportedLinksSettled", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(importJob, "ImportedLinksSettled", "importJob");
		Fields.sameAggregate("ImportedLinksSettled", aggregateId, importJob.id());
		links = Fields.list(links);
	}

}
