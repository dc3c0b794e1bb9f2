package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.backlog.Products;
import org.refinery.forecast.forecast.Forecast;
import org.refinery.forecast.forecast.ForecastRequest;
import org.refinery.forecast.forecast.Forecasts;
import org.refinery.forecast.forecast.NoForecastYet;
import org.refinery.forecast.forecast.SavedScenario;
import org.refinery.forecast.forecast.SavedScenarios;
import org.refinery.forecast.forecast.ScenarioChanges;
import org.refinery.forecast.forecast.ScenarioComparison;
import org.refinery.forecast.forecast.ScenarioNotFound;
import org.refinery.forecast.forecast.ScenarioRefused;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What-if scenarios: anyone who sees a product, viewers included, keeps up to
 * {@code refinery.forecast.scenarios.per-person} named scenarios of it (more are refused, none is
 * evicted: the person decides which to delete), runs and re-runs them. A run takes the latest
 * baseline's parameters and seed with the scenario's changes, admitted like every forecast (the
 * caller's permit, the cost budget, the deadline), and is compared with that baseline item by item.
 * A run is never stored as a forecast nor announced: it never touches the baseline, calibration or
 * the health score. Only the comparison is kept with the scenario.
 */
@Service
public class ProductScenarios {

	private final ProductForecasts forecasts;

	private final Forecasts baselines;

	private final Products products;

	private final SavedScenarios scenarios;

	private final int perPerson;

	private final Clock clock = Clock.systemUTC();

	ProductScenarios(ProductForecasts forecasts, Forecasts baselines, Products products, SavedScenarios scenarios,
			ScenarioSettings settings) {
		this.forecasts = forecasts;
		this.baselines = baselines;
		this.products = products;
		this.scenarios = scenarios;
		this.perPerson = settings.perPerson();
	}

	/** Runs a new scenario and keeps it; nothing is kept when the run is refused. */
	public SavedScenario create(Caller user, String productKey, String name, ScenarioChanges changes) {
		KnownProduct product = forecasts.visible(user, productKey);
		int kept = scenarios.count(productKey, user.subject());
		if (kept >= perPerson) {
			throw new ScenarioRefused("/name", name, "you keep " + kept + " scenarios of " + productKey
					+ ", the most one person may; delete one first");
		}
		if (scenarios.nameTaken(productKey, user.subject(), name)) {
			throw new ScenarioRefused("/name", name, "you already keep a scenario of this name; choose another");
		}
		SavedScenario scenario = new SavedScenario(UUID.randomUUID(), productKey, user.subject(), name, changes,
				clock.instant(), run(user, product, changes));
		scenarios.save(scenario);
		return scenario;
	}

	/** Runs a kept scenario again against the latest baseline. */
	public SavedScenario rerun(Caller user, String productKey, UUID id) {
		KnownProduct product = forecasts.visible(user, productKey);
		SavedScenario kept = mine(user, productKey, id);
		SavedScenario scenario = kept.rerun(run(user, product, kept.changes()));
		scenarios.save(scenario);
		return scenario;
	}

	public List<SavedScenario> list(Caller user, String productKey) {
		forecasts.visible(user, productKey);
		return scenarios.of(productKey, user.subject());
	}

	public SavedScenario get(Caller user, String productKey, UUID id) {
		forecasts.visible(user, productKey);
		return mine(user, productKey, id);
	}

	public void delete(Caller user, String productKey, UUID id) {
		forecasts.visible(user, productKey);
		scenarios.delete(mine(user, productKey, id).id());
	}

	private SavedScenario mine(Caller user, String productKey, UUID id) {
		return scenarios.byId(id)
			.filter(s -> s.productKey().equals(productKey) && s.ownerId().equals(user.subject()))
			.orElseThrow(() -> new ScenarioNotFound(id));
	}

	private ScenarioComparison run(Caller user, KnownProduct product, ScenarioChanges changes) {
		Forecast baseline = baselines.latest(product.key()).orElseThrow(() -> new ScenarioRefused(null, null,
				new NoForecastYet(product.key()).getMessage() + "; a scenario is compared with it"));
		Set<String> teams = products.teamsOf(product.id()).stream().map(KnownTeam::key).collect(Collectors.toSet());
		ForecastRequest request = changes.applyTo(new ForecastRequest(baseline.trials(), baseline.horizon(),
				baseline.mode(), baseline.seed(), baseline.capacity(), baseline.historyWindow(), baseline.splitRate()),
				teams);
		Forecast run = forecasts.simulate(user, product, request, items -> changes.applyTo(items, teams));
		return ScenarioComparison.of(baseline, run);
	}

}
