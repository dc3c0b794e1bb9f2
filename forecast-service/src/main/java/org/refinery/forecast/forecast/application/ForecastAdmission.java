package org.refinery.forecast.forecast.application;

import org.refinery.forecast.forecast.ForecastBudget;
import org.refinery.forecast.forecast.OverBudget;
import org.refinery.forecast.simulation.Cost;
import org.refinery.forecast.simulation.Deadline;
import org.refinery.forecast.simulation.MonteCarlo;
import org.refinery.forecast.simulation.OutOfTime;
import org.refinery.forecast.simulation.Outcome;
import org.refinery.forecast.simulation.Scenario;
import org.refinery.http.Busy;
import org.refinery.http.Permits;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admits forecasts: a permit per running forecast (service-wide and per user), a budget checked
 * before the engine starts, and a deadline the engine stops at. The engine runs on a pool of as
 * many platform threads as there are permits, not on the request's virtual thread or the common
 * fork-join pool: a virtual thread on a long CPU loop pins a carrier that reads need, and the
 * common pool would let any number of forecasts spread over every core. Recomputations after
 * backlog changes (one at a time, from the scheduler) have a lane of their own, so that users are
 * not refused because the service itself is busy keeping forecasts current.
 */
@Component
class ForecastAdmission implements DisposableBean {

	private final Permits permits;

	private final Permits background;

	private final ForecastBudget budget;

	private final Duration deadline;

	private final ExecutorService engine;

	private final ForecastMetrics metrics;

	ForecastAdmission(AdmissionSettings settings, ForecastMetrics metrics) {
		this.permits = Permits.withDeadline("forecast", settings.userPermits(), settings.permits(), settings.deadline(),
				Clock.systemUTC());
		this.background = Permits.withDeadline("forecast", 1, 1, settings.deadline(), Clock.systemUTC());
		this.budget = settings.forecastBudget();
		this.deadline = settings.deadline();
		this.engine = Executors.newFixedThreadPool(settings.permits() + 1,
				Thread.ofPlatform().name("forecast-", 1).factory());
		this.metrics = metrics;
	}

	/** A permit to close when the forecast is stored, or a refusal that says when to retry. */
	Permits.Permit admit(String user) {
		try {
			return permits.acquire(user);
		}
		catch (Busy ex) {
			metrics.refused(ex.reason());
			throw ex;
		}
	}

	/** The same permit for a run the user did not ask for as a forecast (a backtest): a refusal is not counted. */
	Permits.Permit admitQuietly(String user) {
		return permits.acquire(user);
	}

	/** A permit for recomputing a forecast as the service itself; busy only while another recomputation runs. */
	Permits.Permit admitBackground(String subject) {
		return background.acquire(subject);
	}

	/** The moment a forecast admitted now must stop. */
	Deadline deadline() {
		return Deadline.in(deadline.toNanos());
	}

	void check(Cost cost) {
		try {
			budget.check(cost);
		}
		catch (OverBudget ex) {
			metrics.refused("over-budget");
			throw ex;
		}
	}

	/**
	 * Runs the trials on the engine's pool; the pool never queues more than the permits let in. A
	 * caller that stops waiting stops the run too, or it would go on without holding a permit.
	 */
	Outcome simulate(Scenario scenario, int trials, long seed, Deadline until) {
		AtomicBoolean abandoned = new AtomicBoolean();
		Deadline stop = () -> abandoned.get() || until.passed();
		Future<Outcome> run = engine.submit(() -> MonteCarlo.run(scenario, trials, new SplittableRandom(seed), stop));
		try {
			return run.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof OutOfTime outOfTime) {
				metrics.refused("out-of-time");
				throw outOfTime;
			}
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			abandoned.set(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while forecasting", ex);
		}
	}

	/**
	 * A backtest's re-run: refused over the budget like a forecast, but not counted among the
	 * refusals, which tell how often users were turned away; run on the engine's pool by the deadline.
	 */
	Outcome backtest(Scenario scenario, int trials, long seed, Deadline until) {
		budget.check(scenario.cost(trials));
		return simulate(scenario, trials, seed, until);
	}

	@Override
	public void destroy() {
		engine.shutdownNow();
	}

}
