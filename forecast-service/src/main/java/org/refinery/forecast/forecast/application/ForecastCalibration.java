package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.BacklogItems;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.backlog.Products;
import org.refinery.forecast.forecast.Backtest;
import org.refinery.forecast.forecast.Backtesting;
import org.refinery.forecast.forecast.Calibration;
import org.refinery.forecast.forecast.Forecasts;
import org.refinery.forecast.forecast.P85Due;
import org.refinery.forecast.forecast.ProductNotFound;
import org.refinery.forecast.throughput.ThroughputHistory;
import org.refinery.forecast.throughput.ThroughputSample;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the product's stored forecasts with what happened, for anyone who can see the
 * product, and keeps {@code refinery.forecast.calibration} current on every ask. A forecast no
 * longer measures it: that read past forecasts, so a POST grew with every forecast stored (3 s
 * after 300 of a 200-item product). An ask reads only their compact P85 facts (at most one row
 * per item and due date), and the backtest, bounded by periods × teams × trials; the item
 * backtest ({@link ItemBacktests}) re-runs the baseline as of the last periods, each run admitted as a forecast.
 */
@Service
@Transactional(readOnly = true)
public class ForecastCalibration {

	private final Products products;

	private final BacklogItems items;

	private final Forecasts forecasts;

	private final ForecastMetrics metrics;

	private final ForecastRetention retention;

	private final ThroughputHistory history;

	private final BacktestSettings backtest;

	private final ItemBacktests itemBacktests;

	private final TransactionTemplate reading;

	private final Clock clock = Clock.systemUTC();

	ForecastCalibration(Products products, BacklogItems items, Forecasts forecasts, ForecastMetrics metrics,
			ForecastRetention retention, ThroughputHistory history, BacktestSettings backtest, ItemBacktests itemBacktests,
			PlatformTransactionManager transactions) {
		this.products = products;
		this.items = items;
		this.forecasts = forecasts;
		this.metrics = metrics;
		this.retention = retention;
		this.history = history;
		this.backtest = backtest;
		this.itemBacktests = itemBacktests;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** Read in one transaction; the item backtest reads in its own and runs the engine after, holding no connection. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Calibration of(Caller caller, String productKey) {
		KnownProduct product = products.byKey(productKey).filter(p -> caller.canSee(p.key()))
			.orElseThrow(() -> new ProductNotFound(productKey));
		Calibration calibration = reading
			.execute(status -> measure(productKey, items.ofProduct(productKey)).with(backtest(product)));
		return calibration.with(itemBacktests.of(caller, product));
	}

	/** The first teams by key, each with its samples in this product only. */
	private Backtest backtest(KnownProduct product) {
		Map<String, List<ThroughputSample>> histories = new LinkedHashMap<>();
		products.teamsOf(product.id()).stream()
			.map(KnownTeam::key)
			.sorted()
			.limit(backtest.teams())
			.forEach(team -> histories.put(team, history.ofTeam(team, Set.of(product.key()))));
		return new Backtesting(backtest.periods(), backtest.trials())
			.of(product, histories, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
	}

	/**
	 * The calibration over the product's items as they are now; due dates count once their day is
	 * over. Only the forecasts within the retention are read, whether or not older ones are deleted yet.
	 */
	private Calibration measure(String productKey, List<BacklogItem> current) {
		Map<java.util.UUID, BacklogItem> byId = current.stream()
			.collect(Collectors.toMap(BacklogItem::id, Function.identity(), (a, b) -> a));
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Instant since = retention.keptSince(now);
		List<P85Due> p85 = forecasts.p85DueBefore(productKey, today, since);
		Calibration calibration = Calibration.of(productKey, p85, byId).with(List.of(
				Calibration.PercentileHeld.of(50, forecasts.dueBefore(productKey, 50, today, since), byId),
				Calibration.PercentileHeld.of(85, p85, byId),
				Calibration.PercentileHeld.of(95, forecasts.dueBefore(productKey, 95, today, since), byId)));
		metrics.calibrated(productKey, calibration.share());
		return calibration;
	}

}
