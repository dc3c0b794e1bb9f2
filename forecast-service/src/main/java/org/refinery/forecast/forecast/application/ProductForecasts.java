package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.BacklogItems;
import org.refinery.forecast.backlog.Blockers;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.Products;
import org.refinery.forecast.forecast.Forecast;
import org.refinery.forecast.forecast.ForecastInputs;
import org.refinery.forecast.forecast.ForecastMade;
import org.refinery.forecast.forecast.ForecastReport;
import org.refinery.forecast.forecast.ForecastRequest;
import org.refinery.forecast.forecast.Forecasts;
import org.refinery.forecast.forecast.HowMany;
import org.refinery.forecast.forecast.ItemNotFound;
import org.refinery.forecast.forecast.ItemWhen;
import org.refinery.forecast.forecast.NoForecastYet;
import org.refinery.forecast.forecast.ProductNotFound;
import org.refinery.forecast.simulation.Deadline;
import org.refinery.forecast.simulation.Outcome;
import org.refinery.forecast.throughput.ThroughputHistory;
import org.refinery.forecast.access.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a product's forecast on demand for anyone who can see the product, once admitted (see
 * {@link ForecastAdmission}), stores it as the product's latest and announces it through the
 * outbox in the same transaction. The inputs are read in one short transaction and the result
 * stored in another: no database connection is held while the engine runs for seconds. Nothing
 * here reads past forecasts, so a forecast costs the same however many are stored; calibration is
 * measured when asked for ({@link ForecastCalibration}).
 */
@Service
public class ProductForecasts {

	static final String SERVICE_SUBJECT = "forecast-service";

	static final String SERVICE_USERNAME = "service-account-forecast-service";

	private final Products products;

	private final BacklogItems items;

	private final Blockers blockers;

	private final ThroughputHistory history;

	private final Forecasts forecasts;

	private final ApplicationEventPublisher events;

	private final ForecastMetrics metrics;

	private final ForecastAdmission admission;

	private final Forecasters forecasters;

	private final BreakdownSettings breakdown;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	private final Clock clock = Clock.systemUTC();

	ProductForecasts(Products products, BacklogItems items, Blockers blockers, ThroughputHistory history,
			Forecasts forecasts, ApplicationEventPublisher events, ForecastMetrics metrics,
			ForecastAdmission admission, Forecasters forecasters, BreakdownSettings breakdown,
			PlatformTransactionManager transactions) {
		this.products = products;
		this.forecasters = forecasters;
		this.items = items;
		this.blockers = blockers;
		this.history = history;
		this.forecasts = forecasts;
		this.events = events;
		this.metrics = metrics;
		this.admission = admission;
		this.breakdown = breakdown;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** Runs the product's forecast for a caller who may (see {@link Forecasters}); it becomes the product's forecast. */
	public Forecast compute(Caller caller, String productKey, ForecastRequest request) {
		KnownProduct product = visible(caller, productKey);
		forecasters.requireMayRun(caller, product);
		return run(product, request, caller.subject(), caller.username());
	}

	/** Recomputes the product's forecast as last asked for, as the service itself; nothing if never asked. */
	public Optional<Forecast> recompute(String productKey) {
		KnownProduct product = products.byKey(productKey).orElseThrow(() -> new ProductNotFound(productKey));
		return forecasts.latest(productKey)
			.map(f -> new ForecastRequest(f.trials(), f.horizon(), f.mode(), f.seed(), f.capacity(), f.historyWindow(),
					f.splitRate()))
			.map(request -> run(product, request, SERVICE_SUBJECT, SERVICE_USERNAME));
	}

	/** Admitted first, so that refused requests do not even read; the permit is held until the forecast is stored. */
	private Forecast run(KnownProduct product, ForecastRequest request, String subject, String username) {
		try (var permit = SERVICE_SUBJECT.equals(subject) ? admission.admitBackground(subject) : admission.admit(subject)) {
			Deadline deadline = admission.deadline();
			Instant now = clock.instant();
			ForecastInputs inputs = reading.execute(status -> inputs(product, request, now));
			admission.check(inputs.scenario().cost(request.trials()));
			long started = System.nanoTime();
			Outcome outcome = admission.simulate(inputs.scenario(), request.trials(), request.seed(), deadline);
			metrics.computed(product.key(), System.nanoTime() - started, outcome);
			Forecast forecast = ForecastReport.of(product, inputs, request, outcome, now);
			return writing.execute(status -> {
				forecasts.save(forecast);
				events.publishEvent(new ForecastMade(forecast, subject, username));
				return forecast;
			});
		}
	}

	/** Read as of the same moment the forecast is labelled with, so its period 1 is the one running then. */
	private ForecastInputs inputs(KnownProduct product, ForecastRequest request, Instant now) {
		return ForecastInputs.of(product, products.teamsOf(product.id()), items.ofProduct(product.key()),
				blockers.blockingIn(product.id()), team -> history.ofTeam(team, null), request,
				LocalDate.ofInstant(now, ZoneOffset.UTC), breakdown.defaultChildren());
	}

	@Transactional(readOnly = true)
	public Forecast latest(Caller caller, String productKey) {
		visible(caller, productKey);
		return forecasts.latest(productKey).orElseThrow(() -> new NoForecastYet(productKey));
	}

	/** How many open items are likely done by the end of upcoming period k, from the latest forecast. */
	@Transactional(readOnly = true)
	public HowMany howMany(Caller caller, String productKey, int period) {
		return HowMany.in(latest(caller, productKey), period);
	}

	/** When one item is likely done, from its product's latest forecast. */
	@Transactional(readOnly = true)
	public ItemWhen forItem(Caller caller, UUID itemId) {
		String productKey = items.byId(itemId).map(BacklogItem::productKey)
			.filter(caller::canSee)
			.orElseThrow(() -> new ItemNotFound(itemId));
		return ItemWhen.in(latest(caller, productKey), itemId).orElseThrow(() -> new NoForecastYet(productKey));
	}

	private KnownProduct visible(Caller caller, String productKey) {
		return products.byKey(productKey).filter(p -> caller.canSee(p.key()))
			.orElseThrow(() -> new ProductNotFound(productKey));
	}

}
