package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.forecast.BaselineSettings;
import org.refinery.forecast.forecast.BaselineSettingsStale;
import org.refinery.forecast.forecast.BaselineSettingsVersions;
import org.refinery.forecast.forecast.BaselineSummary;
import org.refinery.forecast.forecast.Forecasts;
import org.refinery.forecast.forecast.Mode;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A product's baseline settings and its history of baselines. Everyone who sees the product reads
 * them; only its product owners and administrators change the settings ({@link Forecasters}), each
 * change kept as a version and followed by a recomputation of the baseline once committed.
 */
@Service
@Transactional(readOnly = true)
public class Baselines {

	private final ProductForecasts forecasts;

	private final BaselineSettingsVersions settings;

	private final Forecasts stored;

	private final Forecasters forecasters;

	private final Recomputation recomputation;

	private final Clock clock = Clock.systemUTC();

	Baselines(ProductForecasts forecasts, BaselineSettingsVersions settings, Forecasts stored, Forecasters forecasters,
			Recomputation recomputation) {
		this.forecasts = forecasts;
		this.settings = settings;
		this.stored = stored;
		this.forecasters = forecasters;
		this.recomputation = recomputation;
	}

	/** A page of baselines with how many there are in the span in all. */
	public record Page(List<BaselineSummary> baselines, long total, int page, int size) {
	}

	/** The settings the next baseline is computed with: the defaults while never changed. */
	public BaselineSettings settings(Caller user, String productKey) {
		forecasts.visible(user, productKey);
		return current(productKey);
	}

	/**
	 * Changes the settings against the version the caller holds ({@code null}: whatever is
	 * current); a stale version changes nothing ({@link BaselineSettingsStale}), nor do settings
	 * whose baseline would not be admitted now (over budget, POINTS without point history: 422).
	 */
	@Transactional
	public BaselineSettings change(Caller user, String productKey, Long heldVersion, int trials, Mode mode,
			int horizon, Integer historyWindow) {
		KnownProduct product = forecasts.visible(user, productKey);
		forecasters.requireOwnsBaseline(user, product);
		BaselineSettings current = current(productKey);
		if (heldVersion != null && heldVersion != current.version()) {
			throw new BaselineSettingsStale(productKey, current.version());
		}
		BaselineSettings changed = current.changedTo(trials, mode, horizon, historyWindow, clock.instant(),
				user.username());
		forecasts.checkAdmissible(product, changed.request());
		settings.save(changed);
		recomputation.note(productKey);
		return changed;
	}

	/** Every version of the settings, newest first; empty while never changed. */
	public List<BaselineSettings> settingsHistory(Caller user, String productKey) {
		forecasts.visible(user, productKey);
		return settings.history(productKey);
	}

	/** The baselines made in the span, newest first, a page at a time. */
	public Page history(Caller user, String productKey, Instant from, Instant to, int page, int size) {
		forecasts.visible(user, productKey);
		return new Page(stored.made(productKey, from, to, page * size, size), stored.countMade(productKey, from, to),
				page, size);
	}

	private BaselineSettings current(String productKey) {
		return settings.current(productKey).orElseGet(() -> BaselineSettings.defaults(productKey));
	}

}
