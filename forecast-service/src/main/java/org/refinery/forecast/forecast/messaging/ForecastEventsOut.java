package org.refinery.forecast.forecast.messaging;

import org.refinery.contracts.Actor;
import org.refinery.contracts.forecasts.ForecastComputed;
import org.refinery.contracts.forecasts.ForecastMode;
import org.refinery.contracts.forecasts.ForecastPeriod;
import org.refinery.contracts.forecasts.ForecastState;
import org.refinery.contracts.forecasts.PeriodRef;
import org.refinery.forecast.forecast.Forecast;
import org.refinery.forecast.forecast.ForecastMade;
import org.refinery.forecast.forecast.ItemForecast;
import org.refinery.forecast.forecast.UpcomingPeriod;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

@Component
class ForecastEventsOut {

	private final ApplicationEventPublisher events;

	ForecastEventsOut(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(ForecastMade made) {
		Forecast f = made.forecast();
		List<ForecastPeriod> periods = f.periods().stream()
			.map(p -> new ForecastPeriod(p.index(), p.label(), p.start(), p.end()))
			.toList();
		List<org.refinery.contracts.forecasts.ItemForecast> items = f.items().stream()
			.filter(item -> item.p50() == null || item.p50() > 0)
			.map(item -> item(item, f.periods()))
			.toList();
		ForecastState state = new ForecastState(f.id(), f.productId(), f.productKey(),
				ForecastMode.valueOf(f.mode().name()), f.trials(), f.seed(), periods, items, f.generatedAt());
		events.publishEvent(new ForecastComputed(UUID.randomUUID(), f.generatedAt(), f.productId(), f.id(), 1,
				new Actor(made.actorSubject(), made.actorUsername()), state));
	}

	private static org.refinery.contracts.forecasts.ItemForecast item(ItemForecast item, List<UpcomingPeriod> periods) {
		return new org.refinery.contracts.forecasts.ItemForecast(item.itemId(), item.itemKey(), ref(item.p50(), periods),
				ref(item.p70(), periods), ref(item.p85(), periods), ref(item.p95(), periods));
	}

	/** The period an index names; none for "beyond the horizon" and for "done already". */
	private static PeriodRef ref(Integer index, List<UpcomingPeriod> periods) {
		return index == null || index < 1 ? null : new PeriodRef(index, periods.get(index - 1).label());
	}

}
