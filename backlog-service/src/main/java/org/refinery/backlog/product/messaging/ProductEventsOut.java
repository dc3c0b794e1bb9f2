package org.refinery.backlog.product.messaging;

import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ReadinessRule;
import org.refinery.backlog.product.ProductCreated;
import org.refinery.contracts.Actor;
import org.refinery.contracts.backlog.products.ChecklistItem;
import org.refinery.contracts.backlog.products.DeliveryMode;
import org.refinery.contracts.backlog.products.RuleSetting;
import org.refinery.contracts.backlog.products.ProductState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Translates product domain events into contract events. It listens synchronously, inside the
 * publishing transaction, so the contract event enters the outbox atomically with the data.
 */
@Component
class ProductEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProductEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(ProductCreated created) {
		Product product = created.product();
		events.publishEvent(new org.refinery.contracts.backlog.products.ProductCreated(UUID.randomUUID(),
				clock.instant(), product.id(), product.id(), product.version(),
				new Actor(created.actor().subject(), created.actor().username()), stateOf(product)));
	}

	@EventListener
	void on(org.refinery.backlog.product.ProductChanged changed) {
		Product product = changed.product();
		events.publishEvent(new org.refinery.contracts.backlog.products.ProductUpdated(UUID.randomUUID(),
				clock.instant(), product.id(), product.id(), product.version(),
				new Actor(changed.actor().subject(), changed.actor().username()), stateOf(product),
				changed.changedFields()));
	}

	@EventListener
	void on(org.refinery.backlog.product.DefinitionOfReadyChanged changed) {
		Product product = changed.product();
		DefinitionOfReady definition = changed.definition();
		var rules = definition.rules().stream().sorted().map(rule -> new RuleSetting(
				org.refinery.contracts.backlog.products.ReadinessRule.valueOf(rule.name()),
				rule == ReadinessRule.ESTIMATE_WITHIN_LIMIT
						? Map.of("maxEstimate", definition.maxEstimate().toPlainString()) : Map.of()))
			.toList();
		var checklist = definition.checklist().stream().map(check -> new ChecklistItem(check.code(), check.text()))
			.toList();
		events.publishEvent(new org.refinery.contracts.backlog.products.DefinitionOfReadyChanged(UUID.randomUUID(),
				clock.instant(), product.id(), product.id(), changed.productVersion(),
				new Actor(changed.actor().subject(), changed.actor().username()), stateOf(product),
				new org.refinery.contracts.backlog.products.DefinitionOfReady(rules, checklist)));
	}

	static ProductState stateOf(Product product) {
		return new ProductState(product.id(), product.key(), product.name(), product.vision(),
				DeliveryMode.valueOf(product.deliveryMode().name()), product.sprintLengthDays(),
				product.releaseLengthDays(), product.firstPeriodStart());
	}

}
