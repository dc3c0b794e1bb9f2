package org.refinery.backlog.webhook.messaging;

import org.refinery.backlog.webhook.EventCatalog;
import org.refinery.contracts.EventType;
import org.refinery.contracts.Topics;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event types a product's webhook may subscribe to: everything on the topics webhooks
 * listen to, i.e. what happens to the product, its teams, items and sessions, and the
 * dependencies between its items (a team learns it became a prerequisite).
 */
@Component
class WebhookEvents implements EventCatalog {

	static final List<String> TOPICS = List.of(Topics.BACKLOG_PRODUCTS, Topics.BACKLOG_ITEMS, Topics.BACKLOG_SESSIONS,
			Topics.DEPENDENCIES);

	private static final Set<String> SUBSCRIBABLE = Arrays.stream(EventType.values())
		.filter(type -> TOPICS.contains(type.topic()))
		.map(EventType::ceType)
		.collect(Collectors.toUnmodifiableSet());

	@Override
	public Set<String> subscribable() {
		return SUBSCRIBABLE;
	}

}
