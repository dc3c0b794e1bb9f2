package org.refinery.backlog.imports.messaging;

import org.refinery.backlog.imports.LinkStatus;
import org.refinery.backlog.imports.RowLink;
import org.refinery.backlog.imports.application.ImportLinks;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.imports.ImportedLinksSettled;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records dependency-service's answers about an import's links. Its own requests share the topic
 * and are ignored; an answer applies once (a redelivery finds the links settled).
 */
@Component
class LinkEventsIn {

	private final ImportLinks links;

	LinkEventsIn(ImportLinks links) {
		this.links = links;
	}

	@KafkaListener(topics = Topics.IMPORTS, groupId = "${spring.application.name}")
	void on(RefineryEvent event) {
		if (event instanceof ImportedLinksSettled settled) {
			links.settled(settled.aggregateId(), settled.links()
				.stream()
				.map(outcome -> new RowLink(outcome.prerequisiteKey(), outcome.dependentKey(),
						LinkStatus.valueOf(outcome.result().name()), outcome.reason(), outcome.dependencyId()))
				.toList());
		}
	}

}
