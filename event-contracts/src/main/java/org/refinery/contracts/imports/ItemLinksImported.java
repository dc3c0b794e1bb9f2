package org.refinery.contracts.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * An applied import brought Blocks links between items of the product; dependency-service
 * identifies them as BLOCKS dependencies by its own rules and answers with
 * {@link ImportedLinksSettled}. A large import sends its links in parts, numbered by the
 * aggregate version. The actor is the person who imported, whom backlog-service found to own the
 * product.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the part was committed
 * @param productId the product
 * @param aggregateId the import job id
 * @param aggregateVersion the part, from 1
 * @param actor who imported
 * @param importJob the import job
 * @param links this part's links, each pair once
 */
public record ItemLinksImported(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, ImportState importJob, List<ImportedLink> links) implements RefineryEvent {

	public ItemLinksImported {
		Fields.envelope("ItemLinksImported", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(importJob, "ItemLinksImported", "importJob");
		Fields.sameAggregate("ItemLinksImported", aggregateId, importJob.id());
		links = Fields.list(links);
	}

}
