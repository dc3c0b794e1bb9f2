package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.DeliveryMode;
import org.refinery.forecast.backlog.ItemStatus;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.backlog.WorkMode;
import org.refinery.forecast.throughput.SampleSource;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ItemBacktestingTest {

	static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

	/** Sprints of two weeks from FIRST; Sprint 10 (index 9) runs today. */
	static final LocalDate TODAY = FIRST.plusDays(14L * 9 + 3);

	static final KnownProduct PRODUCT = new KnownProduct(UUID.randomUUID(), "P", DeliveryMode.SCALED_SCRUM, 14, null,
			FIRST, 0);

	static final ForecastRequest BASELINE = new ForecastRequest(5_000, 10, Mode.COUNT, 7, List.of(), null);

	List<BacklogItem> items = new ArrayList<>();

	@Test
	void eachItemOpenAsOfAPeriodIsJudgedOnWhetherItWasDoneByItsPercentilesPeriod() {
		// Two items a Sprint, always: as of Sprint 8 the open r0..r5 are due in Sprints 8, 8, 9, 9, 10, 10.
		item("old", inSprint(2));
		item("r0", inSprint(7));
		item("r1", inSprint(8));
		item("r2", null);
		item("r3", null);
		item("r4", null);
		item("r5", null);

		ItemBacktest backtest = new ItemBacktesting(2, 1_000).of(backlog(2, 2), BASELINE, TODAY,
				ItemBacktesting.Engine.DIRECT);

		// As of Sprint 8: r0 held, r1 done in Sprint 9 missed, r2 and r3 open after Sprint 9 missed, r4 and r5 not due yet.
		// As of Sprint 9: r1 (now first) held, r2 open after Sprint 9 missed, r3 due in the running Sprint 10.
		assertThat(backtest.asOf()).extracting(ItemBacktest.AsOf::date)
			.containsExactly(FIRST.plusDays(14L * 7), FIRST.plusDays(14L * 8));
		assertThat(backtest.asOf()).extracting(ItemBacktest.AsOf::open).containsExactly(6, 5);
		assertThat(backtest.asOf().getFirst().percentiles()).extracting(Calibration.PercentileHeld::evaluated)
			.containsExactly(4, 4, 4);
		assertThat(backtest.asOf().getFirst().percentiles()).extracting(Calibration.PercentileHeld::held)
			.containsExactly(1, 1, 1);
		assertThat(backtest.asOf().getLast().percentiles()).extracting(Calibration.PercentileHeld::held)
			.containsExactly(1, 1, 1);
		assertThat(backtest.percentiles()).extracting(Calibration.PercentileHeld::evaluated).containsExactly(6, 6, 6);
		assertThat(backtest.percentiles()).extracting(Calibration.PercentileHeld::share)
			.containsExactly(1 / 3.0, 1 / 3.0, 1 / 3.0);
		assertThat(backtest.percentiles()).extracting(Calibration.PercentileHeld::expected)
			.as("two items a Sprint exactly: every forecast was sure of its period")
			.containsExactly(1.0, 1.0, 1.0);
	}

	@Test
	void aVaryingThroughputHoldsItsHighPercentilesMoreOftenThanItsMedian() {
		// Between 1 and 3 items a Sprint in the history, but from Sprint 5 on the team did 1 a Sprint.
		for (int i = 0; i < 12; i++) {
			item("r" + i, 4 + i <= 8 ? inSprint(4 + i) : null);
		}

		ItemBacktest backtest = new ItemBacktesting(4, 2_000).of(backlog(1, 3), BASELINE, TODAY,
				ItemBacktesting.Engine.DIRECT);

		List<Double> shares = backtest.percentiles().stream().map(Calibration.PercentileHeld::share).toList();
		assertThat(shares.get(0)).isLessThanOrEqualTo(shares.get(1));
		assertThat(shares.get(1)).isLessThanOrEqualTo(shares.get(2));
		assertThat(shares.get(2)).isGreaterThan(shares.get(0));
		List<Double> expected = backtest.percentiles().stream().map(Calibration.PercentileHeld::expected).toList();
		assertThat(expected.get(0)).as("whole Sprints: done by the P50 Sprint in more than half the trials")
			.isGreaterThan(0.5).isLessThan(expected.get(1));
		assertThat(expected.get(1)).isGreaterThanOrEqualTo(0.85).isLessThanOrEqualTo(expected.get(2));
		assertThat(shares.get(0)).as("the team slowed down: held less often than its forecasts expected")
			.isLessThan(expected.get(0));
	}

	@Test
	void anAsOfDateWithoutKnownHistoryIsSkippedWithItsReasonAndJudgesNothing() {
		item("r0", null);

		ItemBacktest backtest = new ItemBacktesting(2, 500).of(backlogWithoutHistory(), BASELINE, TODAY,
				ItemBacktesting.Engine.DIRECT);

		assertThat(backtest.asOf()).allSatisfy(asOf -> assertThat(asOf.skipped()).isNotNull());
		assertThat(backtest.percentiles()).allSatisfy(held -> {
			assertThat(held.evaluated()).isZero();
			assertThat(held.share()).isNull();
			assertThat(held.expected()).isNull();
		});
	}

	@Test
	void aRemovedItemIsNotJudged() {
		item("r0", null);
		BacklogItem removed = items.getFirst();
		items.set(0, new BacklogItem(removed.id(), removed.productId(), "P", "r0", "T", ItemStatus.REMOVED,
				BigDecimal.ONE, "r0", null, null, 0));

		ItemBacktest backtest = new ItemBacktesting(2, 500).of(backlog(2, 2), BASELINE, TODAY,
				ItemBacktesting.Engine.DIRECT);

		assertThat(backtest.percentiles()).extracting(Calibration.PercentileHeld::evaluated).containsOnly(0);
	}

	/** Ten Sprints of history, between low and high items each (low when equal), the tenth running today. */
	private ItemBacktesting.Backlog backlog(int low, int high) {
		List<ThroughputSample> samples = IntStream.range(0, 10)
			.mapToObj(i -> new ThroughputSample("T", "P", FIRST.plusDays(14L * i), FIRST.plusDays(14L * i + 13),
					low + i % (high - low + 1), BigDecimal.ZERO, SampleSource.IMPORTED))
			.toList();
		return new ItemBacktesting.Backlog(PRODUCT, List.of(team()), items, List.of(), team -> samples, 5);
	}

	private ItemBacktesting.Backlog backlogWithoutHistory() {
		return new ItemBacktesting.Backlog(PRODUCT, List.of(team()), items, List.of(), team -> List.of(), 5);
	}

	private static KnownTeam team() {
		return new KnownTeam(UUID.randomUUID(), PRODUCT.id(), "T", WorkMode.SCRUM, 0);
	}

	/** An item of team T ranked after those before, done on the third day of the Sprint of that index (open for null). */
	private void item(String key, Integer doneInSprint) {
		boolean done = doneInSprint != null;
		items.add(new BacklogItem(UUID.randomUUID(), PRODUCT.id(), "P", key, "T", done ? ItemStatus.DONE : ItemStatus.READY,
				BigDecimal.ONE, String.format("%03d", items.size()), null,
				done ? FIRST.plusDays(14L * doneInSprint + 2).atStartOfDay().toInstant(ZoneOffset.UTC) : null, 0));
	}

	private static Integer inSprint(int index) {
		return index;
	}

}
