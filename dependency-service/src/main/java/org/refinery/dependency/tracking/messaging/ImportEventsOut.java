package org.refinery.dependency.tracking.messaging;

import org.refinery.contracts.Actor;
import org.refinery.contracts.imports.ImportState;
import org.refinery.contracts.imports.ImportedLinksSettled;
import org.refinery.contracts.imports.LinkOutcome;
import org.refinery.contracts.imports.LinkResult;
import org.refinery.dependency.tracking.LinksSettled;
import org.refinery.dependency.tracking.PendingLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/** Answers backlog-service what became of an import's links, in the transaction that stored it. */
@Component
class ImportEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImportEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(LinksSettled settled) {
		PendingLink first = settled.outcomes().getFirst().link();
		var job = new ImportState(first.importId(), first.productId(), first.productKey(), first.system());
		var outcomes = settled.outcomes()
			.stream()
			.map(outcome -> new LinkOutcome(outcome.link().prerequisiteKey(), outcome.link().dependentKey(),
					LinkResult.valueOf(outcome.result().name()), outcome.reason(), outcome.dependencyId()))
			.toList();
		events.publishEvent(new ImportedLinksSettled(UUID.randomUUID(), clock.instant(), first.productId(),
				first.importId(), settled.settlement(), new Actor(first.importer().subject(), first.importer().username()),
				job, outcomes));
	}

}
