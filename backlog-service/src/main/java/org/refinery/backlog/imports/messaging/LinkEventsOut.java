package org.refinery.backlog.imports.messaging;

import org.refinery.backlog.imports.LinksImported;
import org.refinery.contracts.Actor;
import org.refinery.contracts.imports.ImportState;
import org.refinery.contracts.imports.ImportedLink;
import org.refinery.contracts.imports.ItemLinksImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/** Translates a part of an import's links into the contract event, inside the recording transaction. */
@Component
class LinkEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LinkEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(LinksImported imported) {
		var job = imported.job();
		var links = imported.links()
			.stream()
			.map(link -> new ImportedLink(link.prerequisiteItemId(), link.dependentItemId(), link.prerequisiteKey(),
					link.dependentKey()))
			.toList();
		events.publishEvent(new ItemLinksImported(UUID.randomUUID(), clock.instant(), job.productId(), job.id(),
				imported.part(), new Actor(imported.importerSubject(), imported.importerUsername()),
				new ImportState(job.id(), job.productId(), job.productKey(), imported.system()), links));
	}

}
