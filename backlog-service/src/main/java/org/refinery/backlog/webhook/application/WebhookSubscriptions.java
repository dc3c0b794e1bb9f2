package org.refinery.backlog.webhook.application;

import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.webhook.Deliveries;
import org.refinery.backlog.webhook.Delivery;
import org.refinery.backlog.webhook.DeliveryStatus;
import org.refinery.backlog.webhook.Destinations;
import org.refinery.backlog.webhook.ReplayRefused;
import org.refinery.backlog.webhook.Subscription;
import org.refinery.backlog.webhook.SubscriptionNotFound;
import org.refinery.backlog.webhook.Subscriptions;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A product's webhooks, for its owners and administrators only: a subscription's URL may itself
 * be a credential (chat incoming-webhook URLs are), so even reading them takes the owner's right.
 */
@Service
public class WebhookSubscriptions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Products products;

	private final Subscriptions subscriptions;

	private final Deliveries deliveries;

	private final Destinations destinations;

	private final Clock clock;

	WebhookSubscriptions(Products products, Subscriptions subscriptions, Deliveries deliveries,
			Destinations destinations, Clock clock) {
		this.products = products;
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.destinations = destinations;
		this.clock = clock;
	}

	/** A new subscription and its secret, which is shown this once. */
	public record Created(Subscription subscription, String secret) {
	}

	/** One page of a subscription's delivery log. */
	public record Log(List<Delivery> deliveries, long total) {
	}

	/** Subscribes; the secret is generated when none is given. The URL's host must be allowed. */
	@Transactional
	public Created subscribe(String productKey, URI url, Set<String> eventTypes, String secret, Caller caller) {
		Product product = managed(productKey, caller);
		destinations.check(url);
		String chosen = secret != null ? secret : generatedSecret();
		var subscription = new Subscription(UUID.randomUUID(), product.id(), url, eventTypes, chosen,
				caller.username(), clock.instant());
		subscriptions.add(subscription);
		return new Created(subscription, chosen);
	}

	@Transactional(readOnly = true)
	public List<Subscription> subscriptions(String productKey, Caller caller) {
		return subscriptions.ofProduct(managed(productKey, caller).id());
	}

	@Transactional
	public void unsubscribe(String productKey, UUID id, Caller caller) {
		if (!subscriptions.remove(managed(productKey, caller).id(), id)) {
			throw new SubscriptionNotFound("webhook", id);
		}
	}

	@Transactional(readOnly = true)
	public Log deliveries(String productKey, UUID subscriptionId, Optional<DeliveryStatus> status, int offset,
			int limit, Caller caller) {
		Subscription subscription = subscription(productKey, subscriptionId, caller);
		return new Log(deliveries.ofSubscription(subscription.id(), status, offset, limit),
				deliveries.countOf(subscription.id(), status));
	}

	/** Makes a dead delivery due again, with a fresh set of attempts. */
	@Transactional
	public Delivery replay(String productKey, UUID subscriptionId, UUID deliveryId, Caller caller) {
		Subscription subscription = subscription(productKey, subscriptionId, caller);
		if (!deliveries.replay(subscription.id(), deliveryId)) {
			// Not dead: never was, replayed by someone else, or gone (purged past its retention).
			Delivery delivery = deliveries.withId(subscription.id(), deliveryId)
				.orElseThrow(() -> new SubscriptionNotFound("delivery", deliveryId));
			throw new ReplayRefused(deliveryId, delivery.status());
		}
		return deliveries.withId(subscription.id(), deliveryId).orElseThrow();
	}

	private Subscription subscription(String productKey, UUID id, Caller caller) {
		return subscriptions.withId(managed(productKey, caller).id(), id)
			.orElseThrow(() -> new SubscriptionNotFound("webhook", id));
	}

	private Product managed(String productKey, Caller caller) {
		Product product = products.withKey(productKey, ProductScope.of(caller))
			.orElseThrow(() -> new ProductNotFound(productKey));
		if (!caller.ownsProduct(productKey)) {
			throw new ProductAccessDenied("Only the product's owners manage its webhooks");
		}
		return product;
	}

	private static String generatedSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
