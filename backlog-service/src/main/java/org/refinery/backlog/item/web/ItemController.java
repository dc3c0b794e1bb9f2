package org.refinery.backlog.item.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.item.HistoryEntry;
import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;
import org.refinery.backlog.item.Readiness;
import org.refinery.backlog.item.application.ProductBacklog.ItemFilter;
import org.refinery.backlog.item.application.ProductBacklog;
import org.refinery.http.IfMatch;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.http.TeamKey;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/backlog")
class ItemController {

	private final ProductBacklog backlog;

	ItemController(ProductBacklog backlog) {
		this.backlog = backlog;
	}

	@PostMapping("/products/{productKey}/items")
	ResponseEntity<ItemView> add(Caller caller, @PathVariable @ProductKey String productKey,
			@Valid @RequestBody ItemRequests.CreateItem request) {
		var added = backlog.add(productKey, request.toCommand(), caller);
		Item item = added.item();
		return ResponseEntity.created(URI.create("/api/backlog/items/" + item.id()))
			.eTag(Long.toString(item.version()))
			.body(ItemView.of(item, added.readiness()));
	}

	/** Shorter text would match most of a backlog and cannot use the trigram index. */
	static final int SHORTEST_SEARCH = 3;

	/**
	 * The product backlog in rank order; filters keep that order. By default it shows open work:
	 * DONE and REMOVED items appear when asked for by {@code status} or with {@code all=true}.
	 * {@code team}, {@code status} and {@code type} may be repeated and then match any of their
	 * values; {@code q} keeps items whose key, title, description or acceptance criteria contain
	 * it (case-insensitive, at least three characters; blank means no search).
	 * Pages are numbered
	 * ({@code page}) or follow the {@code next} cursor of the previous page ({@code after}),
	 * which stays fast however deep in the backlog it goes. The total is counted up to a cap
	 * ({@link ItemPage}).
	 */
	@Operation(summary = "The product backlog in rank order, filtered and searched", description = LIST)
	@GetMapping("/products/{productKey}/items")
	ItemPage list(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(required = false) List<@TeamKey String> team,
			@RequestParam(required = false) List<ItemStatus> status, @RequestParam(required = false) List<ItemType> type,
			@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size,
			@RequestParam(required = false) @Size(max = 400) String after,
			@RequestParam(defaultValue = "false") boolean all) {
		if (after != null && page != 0) {
			throw InvalidInput.of(InputError.query("after", after, "cannot be combined with page; use one of them"));
		}
		var result = backlog.page(productKey, new ItemFilter(team, status, type, searched(q), all), caller,
				(long) page * size, PageCursor.rank(after), size);
		var content = result.items().stream().map(item -> ItemView.of(item, result.readiness().apply(item.id())))
			.toList();
		String next = result.items().size() < size ? null : PageCursor.of(result.items().getLast().rank());
		return new ItemPage(content, page, size, result.total().count(), result.total().lowerBound(), next);
	}

	private static String searched(String q) {
		if (q == null || q.isBlank()) {
			return null;
		}
		String text = q.strip();
		if (text.length() < SHORTEST_SEARCH) {
			throw InvalidInput.of(InputError.query("q", q, "must be at least " + SHORTEST_SEARCH
					+ " characters, or blank for no search: shorter text would match most of the backlog"));
		}
		return text;
	}

	@GetMapping("/items/{id}")
	ResponseEntity<ItemView> one(Caller caller, @PathVariable UUID id) {
		return tagged(backlog.get(id, caller));
	}

	@GetMapping("/items/{id}/readiness")
	Readiness readiness(Caller caller, @PathVariable UUID id) {
		return backlog.readiness(id, caller);
	}

	@PostMapping("/items/{id}/split")
	ResponseEntity<List<ItemView>> split(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ItemRequests.Split request) {
		var children = backlog.split(id, IfMatch.version(ifMatch),
				request.children().stream().map(ItemRequests.Part::toCommand).toList(), caller);
		return ResponseEntity.status(201)
			.body(children.stream().map(child -> ItemView.of(child.item(), child.readiness())).toList());
	}

	/** Who changed the item, when and what, newest first, a page at a time, like every other history. */
	@GetMapping("/items/{id}/history")
	HistoryPage history(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var history = backlog.history(id, (long) page * size, size, caller);
		return new HistoryPage(history.entries(), page, size, history.total());
	}

	/** One page of an item's history; {@code totalElements} counts all its entries. */
	record HistoryPage(List<HistoryEntry> content, int page, int size, long totalElements) {
	}

	@PostMapping("/items/{id}/move")
	ResponseEntity<ItemView> move(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody ItemRequests.Move request) {
		if ((request.before() == null) == (request.after() == null)) {
			throw new ItemRuleViolation("Name exactly one of before and after");
		}
		boolean before = request.before() != null;
		return tagged(backlog.move(id, IfMatch.version(ifMatch), before ? request.before() : request.after(), before,
				caller));
	}

	ResponseEntity<ItemView> tagged(Item item) {
		return ResponseEntity.ok().eTag(Long.toString(item.version())).body(ItemView.of(item, backlog.readinessOf(item)));
	}

	static final String LIST = """
			Open work by default; DONE and REMOVED items when asked for by `status` or with `all=true`. \
			`team`, `status` and `type` may be repeated (any of their values); `q` keeps items whose key, \
			title, description or acceptance criteria contain it (case-insensitive, at least 3 characters). \
			`totalElements` is exact up to 1,000 matches (`refinery.backlog.items.count-cap`) and for the \
			whole backlog (`all=true` without filters); beyond the cap counting stops: `totalElements` is \
			the cap and `totalIsLowerBound` is true, meaning more items match. Follow `next` (or `page`) \
			past the cap as before: only the count is bounded, not the list.""";

	/**
	 * One page of items in rank order; {@code next} is the cursor of the following page, null
	 * when this page is not full. Counting every match of a common word on every page cost more
	 * than reading the page, so the total is counted up to a cap (1,000 by default): beyond it
	 * {@code totalElements} is the cap and {@code totalIsLowerBound} is true, meaning that more
	 * items match. Below the cap, for the whole backlog ({@code all=true} without filters), and on
	 * a numbered page that is not full, {@code totalElements} is exact and the flag false.
	 */
	record ItemPage(List<ItemView> content, int page, int size,
			@Schema(description = "How many items match: exact, or the cap when totalIsLowerBound") long totalElements,
			@Schema(description = "True when counting stopped at the cap: more than totalElements items match")
			boolean totalIsLowerBound, String next) {
	}

}
