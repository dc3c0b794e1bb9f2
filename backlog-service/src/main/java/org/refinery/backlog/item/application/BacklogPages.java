package org.refinery.backlog.item.application;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemCount;
import org.refinery.backlog.item.ItemQuery;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.Readiness;
import org.refinery.backlog.item.application.ProductBacklog.ItemFilter;
import org.refinery.backlog.item.application.ProductBacklog.Page;
import org.refinery.backlog.product.Product;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One page of a filtered or searched backlog and its total, read at the same time on two
 * connections: a search's page and its capped count each take up to about 20 ms on a
 * 200,000-item product (docs/benchmarks.md), and one after the other they made the slowest 1 % of
 * searches miss 50 ms. Counting separately changes nothing a reader sees: under READ COMMITTED
 * each statement already took its own snapshot when both shared a transaction.
 * <p>
 * Neither read holds a connection while it waits for the other (the page's transaction has
 * ended before the count is awaited), so however many pages are asked for at once, the pool
 * cannot run dry with every connection waiting for another. The unfiltered backlog's total is one
 * stored number and is read after the page; a page that turns out to be the last one tells its
 * total itself, and then the count's answer is not waited for.
 */
@Component
class BacklogPages implements AutoCloseable {

	private final ItemAccess access;

	private final Items items;

	private final ItemListSettings settings;

	private final TransactionTemplate reading;

	/** Counting threads, one per page being read: bounded by the requests the server accepts. */
	private final ExecutorService counting = Executors
		.newThreadPerTaskExecutor(Thread.ofVirtual().name("item-count-", 1).factory());

	BacklogPages(ItemAccess access, Items items, ItemListSettings settings, PlatformTransactionManager transactions) {
		this.access = access;
		this.items = items;
		this.settings = settings;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	Page page(String productKey, ItemFilter filter, Caller caller, long offset, String afterRank, int limit) {
		ItemQuery query = reading.execute(status -> query(productKey, filter, caller));
		CompletableFuture<ItemCount> counted = query.unfiltered() ? null
				: CompletableFuture.supplyAsync(() -> count(query), counting);
		Found found = reading.execute(status -> found(query, offset, afterRank, limit));
		ItemCount total = last(found.items(), offset, afterRank, limit) ? ItemCount.exactly(offset + found.items().size())
				: counted == null ? count(query) : awaited(counted);
		return found.page(total);
	}

	private ItemQuery query(String productKey, ItemFilter filter, Caller caller) {
		Product product = access.visibleProduct(productKey, caller);
		return new ItemQuery(product.id(), filter.teamKeys(), filter.statuses(), filter.types(), filter.text(),
				!filter.all());
	}

	/** A numbered page that is not full, and not past the end, tells the exact total itself. */
	private static boolean last(List<Item> page, long offset, String afterRank, int limit) {
		return afterRank == null && page.size() < limit && (offset == 0 || !page.isEmpty());
	}

	private Found found(ItemQuery query, long offset, String afterRank, int limit) {
		return found(afterRank == null ? items.page(query, offset, limit) : items.pageAfter(query, afterRank, limit));
	}

	private Found found(List<Item> page) {
		return new Found(page, items.announcedReadiness(page.stream().map(Item::id).toList()));
	}

	private ItemCount count(ItemQuery query) {
		return reading.execute(status -> items.count(query, settings.countCap()));
	}

	private static ItemCount awaited(CompletableFuture<ItemCount> counted) {
		try {
			return counted.join();
		}
		catch (CompletionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw failed;
		}
	}

	@Override
	public void close() {
		counting.close();
	}

	private record Found(List<Item> items, Map<UUID, Boolean> ready) {

		Page page(ItemCount total) {
			return new Page(items, total, id -> Readiness.announced(ready.getOrDefault(id, false)));
		}

	}

}
