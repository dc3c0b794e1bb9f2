package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.BacklogItems;
import org.refinery.forecast.backlog.Products;
import org.refinery.forecast.forecast.Calibration;
import org.refinery.forecast.forecast.Forecasts;
import org.refinery.forecast.forecast.ProductNotFound;
import org.refinery.keycloak.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the product's stored forecasts with what happened, for anyone who can see the
 * product, and keeps {@code refinery.forecast.calibration} current: on every ask and every forecast.
 */
@Service
@Transactional(readOnly = true)
public class ForecastCalibration {

	private final Products products;

	private final BacklogItems items;

	private final Forecasts forecasts;

	private final ForecastMetrics metrics;

	private final ForecastRetention retention;

	private final Clock clock = Clock.systemUTC();

	ForecastCalibration(Products products, BacklogItems items, Forecasts forecasts, ForecastMetrics metrics,
			ForecastRetention retention) {
		this.products = products;
		this.items = items;
		this.forecasts = forecasts;
		this.metrics = metrics;
		this.retention = retention;
	}

	public Calibration of(CurrentUser user, String productKey) {
		products.byKey(productKey).filter(p -> user.canSee(p.key())).orElseThrow(() -> new ProductNotFound(productKey));
		return measure(productKey, items.ofProduct(productKey));
	}

	/**
	 * The calibration over the product's items as they are now; due dates count once their day is
	 * over. Only the forecasts within the retention are read, whether or not older ones are deleted yet.
	 */
	Calibration measure(String productKey, List<BacklogItem> current) {
		Map<java.util.UUID, BacklogItem> byId = current.stream()
			.collect(Collectors.toMap(BacklogItem::id, Function.identity(), (a, b) -> a));
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Calibration calibration = Calibration.of(productKey,
				forecasts.p85DueBefore(productKey, today, retention.keptSince(now)), byId);
		metrics.calibrated(productKey, calibration.share());
		return calibration;
	}

}
