package org.refinery.backlog.product.messaging;

import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductCreated;
import org.refinery.contracts.Actor;
import org.refinery.contracts.backlog.products.DeliveryMode;
import org.refinery.contracts.backlog.products.ProductState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
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

	static ProductState stateOf(Product product) {
		return new ProductState(product.id(), product.key(), product.name(), product.vision(),
				DeliveryMode.valueOf(product.deliveryMode().name()), product.sprintLengthDays(),
				product.releaseLengthDays(), product.firstPeriodStart());
	}

}
