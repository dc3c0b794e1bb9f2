package org.refinery.dependency.tracking.messaging;

import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.imports.ItemLinksImported;
import org.refinery.dependency.tracking.Actor;
import org.refinery.dependency.tracking.PendingLink;
import org.refinery.dependency.tracking.application.LinkImports;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Receives the Blocks links of backlog imports. Its own answers share the topic and are ignored;
 * a redelivered part is stored once.
 */
@Component
class ImportEventsIn {

	private final LinkImports imports;

	private final Clock clock;

	ImportEventsIn(LinkImports imports, Clock clock) {
		this.imports = imports;
		this.clock = clock;
	}

	@KafkaListener(topics = Topics.IMPORTS, groupId = "${spring.application.name}")
	void on(RefineryEvent event) {
		if (event instanceof ItemLinksImported imported) {
			imports.receive(linksOf(imported, clock));
		}
	}

	static List<PendingLink> linksOf(ItemLinksImported imported, Clock clock) {
		var job = imported.importJob();
		var importer = new Actor(imported.actor().subject(), imported.actor().username());
		return imported.links()
			.stream()
			.map(link -> new PendingLink(job.id(), job.productId(), job.productKey(), job.system(),
					link.prerequisiteItemId(), link.dependentItemId(), link.prerequisiteKey(), link.dependentKey(),
					importer, clock.instant()))
			.toList();
	}

}
