package org.refinery.backlog.item.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.item.BulkAction;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.application.BulkChanges;
import org.refinery.backlog.item.application.BulkRefused;
import org.refinery.backlog.item.application.ProductBacklog;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.refinery.http.ProductKey;
import org.refinery.http.TeamKey;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One action on several items of a product, all or nothing (see {@link BulkChanges}). A refusal
 * answers one problem naming every refused item by its place in the request (see
 * {@link BulkProblems}).
 */
@RestController
@RequestMapping("/api/backlog")
class BulkController {

	/** The most a person selects on one dashboard page, and a bound on one transaction. */
	static final int MOST_ITEMS = 200;

	private final BulkChanges bulk;

	private final ProductBacklog backlog;

	BulkController(BulkChanges bulk, ProductBacklog backlog) {
		this.bulk = bulk;
		this.backlog = backlog;
	}

	@PostMapping("/products/{productKey}/items/bulk")
	Changed apply(Caller caller, @PathVariable @ProductKey String productKey, @Valid @RequestBody Bulk request) {
		var changed = bulk.apply(productKey,
				request.items().stream().map(item -> new BulkChanges.Target(item.id(), item.version())).toList(),
				request.toAction(), caller);
		return new Changed(changed.stream().map(item -> ItemView.of(item, backlog.readinessOf(item))).toList());
	}

	/**
	 * The selected items with the versions the person saw, and the action with its one value.
	 * {@code teamKey} goes with ASSIGN_TEAM, {@code status} with CHANGE_STATUS, {@code estimate}
	 * with ESTIMATE; moves take none.
	 */
	record Bulk(@NotNull @Size(min = 1, max = MOST_ITEMS) List<@NotNull @Valid Selected> items,
			@NotNull BulkAction.Kind action, @TeamKey String teamKey, ItemStatus status,
			@DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal estimate) {

		BulkAction toAction() {
			switch (action) {
				case ASSIGN_TEAM -> require("/teamKey", teamKey);
				case CHANGE_STATUS -> require("/status", status);
				case ESTIMATE -> require("/estimate", estimate);
				default -> {
				}
			}
			return new BulkAction(action, teamKey, status, estimate);
		}

		private void require(String pointer, Object value) {
			if (value == null) {
				throw InvalidInput.of(InputError.body(pointer, null, "is required for action " + action));
			}
		}

	}

	/** One selected item; without a version it is changed whatever its version, as without If-Match. */
	record Selected(@NotNull UUID id, @PositiveOrZero Long version) {
	}

	record Changed(List<ItemView> items) {
	}

}
