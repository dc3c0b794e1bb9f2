package org.refinery.forecast.forecast.application;

import org.refinery.forecast.forecast.ForecastBudget;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * What this service admits of the most expensive thing it does. The defaults fit two cores under
 * the gateway's 60 s limit for forecasts; docs/forecast-admission.md says how they were measured.
 *
 * @param budget engine steps one forecast may cost (see {@code simulation.Cost})
 * @param storedProbabilities per-item, per-period probabilities one stored forecast may hold
 * @param deadline how long an admitted forecast may run before it gives up, well below the
 *        gateway's limit so that the refusal, not the gateway's timeout, reaches the caller
 * @param servicePermits forecasts running at once; 0 means one core fewer than the machine has
 *        (at least one), so that reads always keep a core
 * @param userPermits forecasts one user may run at once
 */
@ConfigurationProperties("refinery.forecast.admission")
record AdmissionSettings(@DefaultValue("1000000000") long budget, @DefaultValue("500000") long storedProbabilities,
		@DefaultValue("45s") Duration deadline, @DefaultValue("0") int servicePermits,
		@DefaultValue("1") int userPermits) {

	AdmissionSettings {
		if (deadline.isNegative() || deadline.isZero()) {
			throw new IllegalArgumentException("refinery.forecast.admission.deadline must be positive");
		}
		if (servicePermits < 0 || userPermits < 1) {
			throw new IllegalArgumentException("refinery.forecast.admission needs service-permits >= 0, user-permits >= 1");
		}
	}

	int permits() {
		return servicePermits > 0 ? servicePermits : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
	}

	ForecastBudget forecastBudget() {
		return new ForecastBudget(budget, storedProbabilities);
	}

}
