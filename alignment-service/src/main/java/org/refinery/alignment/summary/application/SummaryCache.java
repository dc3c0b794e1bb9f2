package org.refinery.alignment.summary.application;

import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.ComputedSummary;
import org.refinery.alignment.summary.Scope;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Computed summaries of the two common scopes (open, top 50), reused until something of their
 * product changes. Each entry is tagged with the product's change generation read <em>before</em>
 * its inputs were read, and is served as current only while that generation is current; a change
 * bumps the generation after its commit. A summary computed from data older than a change can
 * therefore never be served as current after it, whatever the interleaving. The last entry stays
 * kept when it goes stale, for views that prefer a marked, slightly old figure to waiting.
 */
final class SummaryCache {

	static final Scope TOP_50 = Scope.top(50);

	private final AtomicLong everything = new AtomicLong();

	private final Map<String, AtomicLong> products = new ConcurrentHashMap<>();

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	SummaryCache(Clock clock) {
		this.clock = clock;
	}

	SummaryCache() {
		this(Clock.systemUTC());
	}

	static boolean keeps(Scope scope) {
		return scope.equals(Scope.open()) || scope.equals(TOP_50);
	}

	/** The current summary: the kept one if nothing changed since it was computed, else computed now. */
	AlignmentSummary get(String productKey, Scope scope, Supplier<AlignmentSummary> compute) {
		if (!keeps(scope)) {
			return compute.get();
		}
		Key key = new Key(productKey, scope);
		Generation generation = generationOf(productKey);
		if (current(key, generation)) {
			return entries.get(key).summary().summary();
		}
		var computed = new ComputedSummary(compute.get(), clock.instant(), false);
		entries.merge(key, new Entry(generation, computed), Entry::newer);
		return computed.summary();
	}

	/**
	 * Computes and keeps every kept scope of a product against one generation read first, so that
	 * {@code summarize} may read the product's inputs once (lazily, after that read) for all scopes.
	 */
	void refresh(String productKey, Function<Scope, AlignmentSummary> summarize) {
		Generation generation = generationOf(productKey);
		List<Scope> kept = List.of(Scope.open(), TOP_50);
		if (kept.stream().allMatch(scope -> current(new Key(productKey, scope), generation))) {
			return;
		}
		for (Scope scope : kept) {
			var computed = new ComputedSummary(summarize.apply(scope), clock.instant(), false);
			entries.merge(new Key(productKey, scope), new Entry(generation, computed), Entry::newer);
		}
	}

	/** The last kept summary, current or stale, if one was ever computed for this scope. */
	Optional<ComputedSummary> latest(String productKey, Scope scope) {
		Entry entry = entries.get(new Key(productKey, scope));
		if (entry == null) {
			return Optional.empty();
		}
		boolean stale = !entry.generation().equals(generationOf(productKey));
		ComputedSummary kept = entry.summary();
		return Optional.of(stale ? new ComputedSummary(kept.summary(), kept.computedAt(), true) : kept);
	}

	void changed(String productKey) {
		products.computeIfAbsent(productKey, key -> new AtomicLong()).incrementAndGet();
	}

	/** Organisation goals changed: every product's figures may differ. */
	void changedEverything() {
		everything.incrementAndGet();
	}

	private boolean current(Key key, Generation generation) {
		Entry entry = entries.get(key);
		return entry != null && entry.generation().equals(generation);
	}

	private Generation generationOf(String productKey) {
		return new Generation(everything.get(), products.computeIfAbsent(productKey, key -> new AtomicLong()).get());
	}

	private record Key(String productKey, Scope scope) {
	}

	/** Both counters only grow, so an entry read at a later generation is never older. */
	private record Generation(long everything, long product) {

		boolean before(Generation other) {
			return everything <= other.everything && product <= other.product && !equals(other);
		}

	}

	private record Entry(Generation generation, ComputedSummary summary) {

		/** Two computations raced: keep the one whose inputs were read later. */
		static Entry newer(Entry kept, Entry computed) {
			return kept.generation().before(computed.generation()) || kept.generation().equals(computed.generation())
					? computed : kept;
		}

	}

}
