package org.refinery.backlog.webhook.web;

import org.refinery.backlog.webhook.DeliveryStatus;
import org.refinery.backlog.webhook.EventCatalog;
import org.refinery.backlog.webhook.application.WebhookSubscriptions;
import org.refinery.backlog.webhook.web.WebhookViews.Created;
import org.refinery.backlog.webhook.web.WebhookViews.DeliveryPage;
import org.refinery.backlog.webhook.web.WebhookViews.DeliveryView;
import org.refinery.backlog.webhook.web.WebhookViews.Webhook;
import org.refinery.backlog.webhook.web.WebhookViews.Webhooks;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/** A product's webhooks, for its owners and administrators. */
@RestController
@RequestMapping("/api/backlog/products/{productKey}/webhooks")
class WebhookController {

	private final WebhookSubscriptions webhooks;

	private final EventCatalog catalog;

	WebhookController(WebhookSubscriptions webhooks, EventCatalog catalog) {
		this.webhooks = webhooks;
		this.catalog = catalog;
	}

	@GetMapping
	Webhooks list(Caller caller, @PathVariable @ProductKey String productKey) {
		return new Webhooks(webhooks.subscriptions(productKey, caller).stream().map(Webhook::of).toList(),
				catalog.subscribable().stream().sorted().toList());
	}

	/** Subscribes; the answer shows the secret, this once. */
	@PostMapping
	ResponseEntity<Created> subscribe(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestBody WebhookRequests request) {
		var checked = request.checked(catalog.subscribable());
		var created = webhooks.subscribe(productKey, checked.url(), checked.eventTypes(), checked.secret(), caller);
		URI location = URI.create("/api/backlog/products/" + productKey + "/webhooks/" + created.subscription().id());
		return ResponseEntity.created(location).body(Created.of(created.subscription(), created.secret()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> unsubscribe(Caller caller, @PathVariable @ProductKey String productKey,
			@PathVariable UUID id) {
		webhooks.unsubscribe(productKey, id, caller);
		return ResponseEntity.noContent().build();
	}

	/** The subscription's delivery log, newest first, optionally only one status. */
	@GetMapping("/{id}/deliveries")
	DeliveryPage deliveries(Caller caller, @PathVariable @ProductKey String productKey, @PathVariable UUID id,
			@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var log = webhooks.deliveries(productKey, id, status(status), page * size, size, caller);
		return new DeliveryPage(log.deliveries().stream().map(DeliveryView::of).toList(), page, size, log.total());
	}

	/** Sends a dead delivery again, with a fresh set of attempts. */
	@PostMapping("/{id}/deliveries/{deliveryId}/replay")
	DeliveryView replay(Caller caller, @PathVariable @ProductKey String productKey, @PathVariable UUID id,
			@PathVariable UUID deliveryId) {
		return DeliveryView.of(webhooks.replay(productKey, id, deliveryId, caller));
	}

	private static Optional<DeliveryStatus> status(String status) {
		if (status == null) {
			return Optional.empty();
		}
		return Arrays.stream(DeliveryStatus.values())
			.filter(value -> value.name().equalsIgnoreCase(status))
			.findFirst()
			.or(() -> {
				throw InvalidInput.of(InputError.query("status", status,
						"must be one of " + Arrays.toString(DeliveryStatus.values())));
			});
	}

}
