package org.refinery.alignment.summary.application;

import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.Scope;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Computed summaries of the two common scopes (open, top 50), reused until something of their
 * product changes. Each entry is tagged with the product's change generation read <em>before</em>
 * its inputs were read, and is served only while that generation is current; a change bumps the
 * generation after its commit. A summary computed from data older than a change can therefore
 * never be served after it, whatever the interleaving.
 */
final class SummaryCache {

	static final Scope TOP_50 = Scope.top(50);

	private final AtomicLong everything = new AtomicLong();

	private final Map<String, AtomicLong> products = new ConcurrentHashMap<>();

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	AlignmentSummary get(String productKey, Scope scope, Supplier<AlignmentSummary> compute) {
		if (!scope.equals(Scope.open()) && !scope.equals(TOP_50)) {
			return compute.get();
		}
		Key key = new Key(productKey, scope);
		Generation generation = generationOf(productKey);
		Entry entry = entries.get(key);
		if (entry != null && entry.generation().equals(generation)) {
			return entry.summary();
		}
		AlignmentSummary summary = compute.get();
		entries.put(key, new Entry(generation, summary));
		return summary;
	}

	void changed(String productKey) {
		products.computeIfAbsent(productKey, key -> new AtomicLong()).incrementAndGet();
	}

	/** Organisation goals changed: every product's figures may differ. */
	void changedEverything() {
		everything.incrementAndGet();
	}

	private Generation generationOf(String productKey) {
		return new Generation(everything.get(), products.computeIfAbsent(productKey, key -> new AtomicLong()).get());
	}

	private record Key(String productKey, Scope scope) {
	}

	private record Generation(long everything, long product) {
	}

	private record Entry(Generation generation, AlignmentSummary summary) {
	}

}
