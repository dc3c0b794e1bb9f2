package org.refinery.forecast.forecast.application;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.refinery.forecast.forecast.Forecasts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Deletes the forecasts past {@link ForecastRetention#keep()}, except each product's latest, and
 * thins those past {@link ForecastRetention#keepAll()} to the last of each week, every
 * {@link ForecastRetention#purgeEvery()} (scheduled here rather than by annotation so that the
 * interval comes from the same settings record as the retention).
 */
@Component
class ForecastPurge implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ForecastPurge.class);

	private final Forecasts forecasts;

	private final ForecastRetention retention;

	private final Clock clock;

	private final ObjectProvider<LockingTaskExecutor> locks;

	@Autowired
	ForecastPurge(Forecasts forecasts, ForecastRetention retention, ObjectProvider<LockingTaskExecutor> locks) {
		this(forecasts, retention, Clock.systemUTC(), locks);
	}

	/** With another clock, for tests that need a fixed "now". */
	ForecastPurge(Forecasts forecasts, ForecastRetention retention, Clock clock,
			ObjectProvider<LockingTaskExecutor> locks) {
		this.forecasts = forecasts;
		this.retention = retention;
		this.clock = clock;
		this.locks = locks;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::purgeOnOneReplica, retention.purgeEvery());
	}

	/** Each turn's purge runs on one replica (ADR 0011); the others skip the turn. */
	private void purgeOnOneReplica() {
		LockingTaskExecutor lockingTasks = locks.getIfAvailable();
		if (lockingTasks == null) {
			purge();
			return;
		}
		lockingTasks.executeWithLock((Runnable) this::purge,
				new LockConfiguration(clock.instant(), "forecast-purge", Duration.ofMinutes(30), Duration.ZERO));
	}

	/** One pass; a failure is retried at the next, since nothing waits for it. */
	void purge() {
		try {
			int deleted = forecasts.deleteMadeBefore(retention.keptSince(clock.instant()));
			if (deleted > 0) {
				log.info("Deleted {} forecast(s) made more than {} ago", deleted, retention.keep());
			}
			int thinned = forecasts.thinBefore(clock.instant().minus(retention.keepAll()));
			if (thinned > 0) {
				log.info("Thinned {} baseline(s) made more than {} ago to one a week", thinned, retention.keepAll());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete forecasts past their retention, retrying in {}: {}", retention.purgeEvery(),
					ex.getMessage());
		}
	}

}
