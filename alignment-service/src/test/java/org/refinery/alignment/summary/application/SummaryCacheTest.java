package org.refinery.alignment.summary.application;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.Ratio;
import org.refinery.alignment.summary.Scope;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryCacheTest {

	final SummaryCache cache = new SummaryCache();

	final AtomicInteger computed = new AtomicInteger();

	final Supplier<AlignmentSummary> compute = () -> {
		computed.incrementAndGet();
		return new AlignmentSummary("PAY", Scope.open(), BigDecimal.ONE, "rule",
				new Ratio(0, 0, null, BigDecimal.ZERO, BigDecimal.ZERO, null), Map.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of());
	};

	@Test
	void aSummaryIsReusedWhileNothingOfItsProductChanges() {
		var first = cache.get("PAY", Scope.open(), compute);
		cache.changed("SHOP");

		assertThat(cache.get("PAY", Scope.open(), compute)).isSameAs(first);
		assertThat(computed).hasValue(1);
	}

	@Test
	void aChangeOfTheProductOrOfOrganisationGoalsMeansComputingAgain() {
		cache.get("PAY", SummaryCache.TOP_50, compute);
		cache.changed("PAY");
		cache.get("PAY", SummaryCache.TOP_50, compute);
		cache.changedEverything();
		cache.get("PAY", SummaryCache.TOP_50, compute);

		assertThat(computed).hasValue(3);
	}

	@Test
	void aSummaryComputedWhileAChangeCommittedIsNeverServedAfterIt() {
		cache.get("PAY", Scope.open(), () -> {
			cache.changed("PAY");
			return compute.get();
		});

		cache.get("PAY", Scope.open(), compute);

		assertThat(computed).hasValue(2);
	}

	@Test
	void uncommonScopesAreNotKept() {
		cache.get("PAY", Scope.top(7), compute);
		cache.get("PAY", Scope.top(7), compute);

		assertThat(computed).hasValue(2);
	}

}
