package org.refinery.backlog.health.messaging;

import org.refinery.backlog.health.ForecastSpread;
import org.refinery.backlog.health.Forecasts;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.forecasts.ForecastComputed;
import org.refinery.contracts.forecasts.ForecastState;
import org.refinery.contracts.forecasts.PeriodRef;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the latest forecast of each product, reduced to its spread, for the predictability part
 * of the health score. Repeated and older forecasts change nothing; records that fail for good
 * are dead-lettered by the Kafka adapter.
 */
@Component
class ForecastEventsIn {

	private final Forecasts forecasts;

	ForecastEventsIn(Forecasts forecasts) {
		this.forecasts = forecasts;
	}

	@KafkaListener(topics = Topics.FORECASTS, groupId = "${spring.application.name}")
	@Transactional
	void on(RefineryEvent event) {
		if (event instanceof ForecastComputed computed) {
			ForecastState forecast = computed.forecast();
			var items = forecast.items().stream()
				.map(item -> new ForecastSpread.Percentiles(index(item.p50()), index(item.p95())))
				.toList();
			forecasts.keepLatest(forecast.productId(), forecast.id(), forecast.generatedAt(),
					ForecastSpread.of(items, forecast.periods().size()));
		}
	}

	private static Integer index(PeriodRef period) {
		return period == null ? null : period.index();
	}

}
