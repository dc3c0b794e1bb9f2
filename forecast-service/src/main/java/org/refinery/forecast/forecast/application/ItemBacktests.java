package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.BacklogItems;
import org.refinery.forecast.backlog.Blockers;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.backlog.Products;
import org.refinery.forecast.forecast.BaselineSettings;
import org.refinery.forecast.forecast.BaselineSettingsVersions;
import org.refinery.forecast.forecast.ForecastRequest;
import org.refinery.forecast.forecast.ItemBacktest;
import org.refinery.forecast.forecast.ItemBacktesting;
import org.refinery.forecast.simulation.Deadline;
import org.refinery.forecast.throughput.ThroughputHistory;
import org.refinery.forecast.throughput.ThroughputSample;
import org.refinery.http.Busy;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The product's baseline settings re-run as of its last periods, item by item
 * ({@link ItemBacktesting}): at most {@code refinery.forecast.backtest.periods} × the baseline's
 * cost at the backtest's trials. The inputs are read in one short transaction and the engine runs
 * after it, as a forecast runs: each re-run within the forecast budget, on the engine's threads,
 * all by one forecast's deadline and under the caller's forecast permit. While the caller or the
 * service is busy forecasting there is no item backtest ({@code null}) rather than a refusal of
 * the whole calibration.
 */
@Service
class ItemBacktests {

	private final Products products;

	private final BacklogItems items;

	private final Blockers blockers;

	private final ThroughputHistory history;

	private final BaselineSettingsVersions settings;

	private final BreakdownSettings breakdown;

	private final BacktestSettings backtest;

	private final ForecastAdmission admission;

	private final TransactionTemplate reading;

	private final Clock clock = Clock.systemUTC();

	ItemBacktests(Products products, BacklogItems items, Blockers blockers, ThroughputHistory history,
			BaselineSettingsVersions settings, BreakdownSettings breakdown, BacktestSettings backtest,
			ForecastAdmission admission, PlatformTransactionManager transactions) {
		this.products = products;
		this.items = items;
		this.blockers = blockers;
		this.history = history;
		this.settings = settings;
		this.breakdown = breakdown;
		this.backtest = backtest;
		this.admission = admission;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	ItemBacktest of(Caller caller, KnownProduct product) {
		ForecastRequest baseline = reading.execute(status -> settings.current(product.key())
			.orElseGet(() -> BaselineSettings.defaults(product.key()))
			.request());
		ItemBacktesting.Backlog backlog = reading.execute(status -> backlog(product));
		try (var permit = admission.admitQuietly(caller.subject())) {
			Deadline deadline = admission.deadline();
			return new ItemBacktesting(backtest.periods(), backtest.trials()).of(backlog, baseline,
					LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
					(scenario, trials, seed) -> admission.backtest(scenario, trials, seed, deadline));
		}
		catch (Busy ex) {
			return null;
		}
	}

	/** What the baseline reads, the samples of every team it may ask for read up front. */
	private ItemBacktesting.Backlog backlog(KnownProduct product) {
		List<KnownTeam> teams = products.teamsOf(product.id());
		List<BacklogItem> current = items.ofProduct(product.key());
		Map<String, List<ThroughputSample>> samples = new HashMap<>();
		Stream.concat(teams.stream().map(KnownTeam::key), current.stream().map(BacklogItem::teamKey))
			.filter(Objects::nonNull)
			.distinct()
			.forEach(team -> samples.put(team, history.ofTeam(team, null)));
		return new ItemBacktesting.Backlog(product, teams, current, blockers.blockingIn(product.id()),
				team -> samples.getOrDefault(team, List.of()), breakdown.defaultChildren());
	}

}
