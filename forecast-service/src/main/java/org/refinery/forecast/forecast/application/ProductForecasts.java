package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.BacklogItems;
import org.refinery.forecast.backlog.Blockers;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.Products;
import org.refinery.forecast.forecast.BaselineSettings;
import org.refinery.forecast.forecast.BaselineSettingsVersions;
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
import org.refinery.forecast.simulation.NoHistory;
import org.refinery.forecast.simulation.Outcome;
import org.refinery.forecast.throughput.ThroughputHistory;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.UUID;

/**
 * Runs a product's forecasts once admitted (see {@link ForecastAdmission}). The baseline is the
 * product's forecast: the platform recomputes it from the baseline settings ({@link Baselines}),
 * stores it and announces it through the outbox in the same transaction; its product owners and
 * administrators may also run it at once with parameters of their own (the original
 * {@code POST …/products/{key}}). Everyone else's run of that POST, and every what-if scenario
 * ({@link ProductScenarios}), is computed the same way but never stored nor announced. The inputs
 * are read in one short transaction and the result stored in another: no database connection is
 * held while the engine runs for seconds. Nothing here reads past forecasts, so a forecast costs
 * the same however many are stored; calibration is measured when asked for ({@link ForecastCalibration}).
 */
@Service
public class ProductForecasts {

	static final String SERVICE_SUBJECT = "forecast-service";

	static final String SERVICE_USERNAME = "service-account-forecast-service";

	/** What a run that did not become the baseline says about itself. */
	public static final String SCENARIO_WARNING = "A what-if run: not stored, the product's baseline is unchanged. "
			+ "Only its product owners and administrators change the baseline.";

	private final Products products;

	private final BacklogItems items;

	private final Blockers blockers;

	private final ThroughputHistory history;

	private final Forecasts forecasts;

	private final BaselineSettingsVersions settings;

	private final ApplicationEventPublisher events;

	private final ForecastMetrics metrics;

	private final ForecastAdmission admission;

	private final Forecasters forecasters;

	private final BreakdownSettings breakdown;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	private final Clock clock = Clock.systemUTC();

	ProductForecasts(Products products, BacklogItems items, Blockers blockers, ThroughputHistory history,
			Forecasts forecasts, BaselineSettingsVersions settings, ApplicationEventPublisher events,
			ForecastMetrics metrics, ForecastAdmission admission, Forecasters forecasters, BreakdownSettings breakdown,
			PlatformTransactionManager transactions) {
		this.products = products;
		this.forecasters = forecasters;
		this.items = items;
		this.blockers = blockers;
		this.history = history;
		this.forecasts = forecasts;
		this.settings = settings;
		this.events = events;
		this.metrics = metrics;
		this.admission = admission;
		this.breakdown = breakdown;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** A run of the original POST: {@code baseline} when it became the product's baseline, else a what-if run. */
	public record Computed(Forecast forecast, boolean baseline) {
	}

	/**
	 * The original POST, kept for its callers: a product owner's or administrator's run becomes the
	 * baseline (until the next automatic recomputation, which uses the baseline settings again);
	 * anyone else's is a what-if run, answered but not stored, saying so in its warnings.
	 */
	public Computed compute(Caller user, String productKey, ForecastRequest request) {
		KnownProduct product = visible(user, productKey);
		if (forecasters.ownsBaseline(user, product)) {
			return new Computed(run(product, request, user.subject(), user.username(), UnaryOperator.identity(), true), true);
		}
		Forecast run = simulate(user, product, request, UnaryOperator.identity());
		List<String> warnings = new java.util.ArrayList<>(run.warnings());
		warnings.add(SCENARIO_WARNING);
		return new Computed(new Forecast(run.id(), run.productId(), run.productKey(), run.notice(), run.mode(),
				run.trials(), run.seed(), run.horizon(), run.capacity(), run.historyWindow(), run.splitRate(),
				run.generatedAt(), run.periods(), run.items(), run.teams(), run.dependencies(), run.predictability(),
				run.lowConfidenceTeams(), warnings), false);
	}

	/** Recomputes the product's baseline from its baseline settings, as the service itself. */
	public Forecast recompute(String productKey) {
		KnownProduct product = products.byKey(productKey).orElseThrow(() -> new ProductNotFound(productKey));
		ForecastRequest request = settings.current(productKey).orElseGet(() -> BaselineSettings.defaults(productKey))
			.request();
		return run(product, request, SERVICE_SUBJECT, SERVICE_USERNAME, UnaryOperator.identity(), true);
	}

	/**
	 * Refuses settings whose baseline would not be admitted with the backlog as it is now: over the
	 * budget ({@link org.refinery.forecast.forecast.OverBudget}) or POINTS on a history without points
	 * ({@link org.refinery.forecast.forecast.NoPointHistory}), rather than let every later
	 * recomputation fail. A product without history yet may have any settings.
	 */
	void checkAdmissible(KnownProduct product, ForecastRequest request) {
		Instant now = clock.instant();
		try {
			ForecastInputs inputs = reading.execute(status -> inputs(product, request, now, UnaryOperator.identity()));
			admission.check(inputs.scenario().cost(request.trials()));
		}
		catch (NoHistory ex) {
			// Nothing to forecast yet: the settings apply once the teams have history.
		}
	}

	/** A run for the caller that is never stored nor announced, with the backlog changed as a scenario says. */
	Forecast simulate(Caller user, KnownProduct product, ForecastRequest request,
			UnaryOperator<List<BacklogItem>> backlog) {
		return run(product, request, user.subject(), user.username(), backlog, false);
	}

	/** Admitted first, so that refused requests do not even read; the permit is held until the forecast is stored. */
	private Forecast run(KnownProduct product, ForecastRequest request, String subject, String username,
			UnaryOperator<List<BacklogItem>> backlog, boolean baseline) {
		try (var permit = SERVICE_SUBJECT.equals(subject) ? admission.admitBackground(subject) : admission.admit(subject)) {
			Deadline deadline = admission.deadline();
			Instant now = clock.instant();
			ForecastInputs inputs = reading.execute(status -> inputs(product, request, now, backlog));
			admission.check(inputs.scenario().cost(request.trials()));
			long started = System.nanoTime();
			Outcome outcome = admission.simulate(inputs.scenario(), request.trials(), request.seed(), deadline);
			metrics.computed(product.key(), System.nanoTime() - started, outcome);
			Forecast forecast = ForecastReport.of(product, inputs, request, outcome, now);
			if (!baseline) {
				return forecast;
			}
			return writing.execute(status -> {
				forecasts.save(forecast);
				events.publishEvent(new ForecastMade(forecast, subject, username));
				return forecast;
			});
		}
	}

	/** Read as of the same moment the forecast is labelled with, so its period 1 is the one running then. */
	private ForecastInputs inputs(KnownProduct product, ForecastRequest request, Instant now,
			UnaryOperator<List<BacklogItem>> backlog) {
		return ForecastInputs.of(product, products.teamsOf(product.id()), backlog.apply(items.ofProduct(product.key())),
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

	KnownProduct visible(Caller user, String productKey) {
		return products.byKey(productKey).filter(p -> user.canSee(p.key()))
			.orElseThrow(() -> new ProductNotFound(productKey));
	}

}
