package org.refinery.forecast.forecast.persistence;

import org.refinery.forecast.forecast.BaselineSettings;
import org.refinery.forecast.forecast.BaselineSettingsStale;
import org.refinery.forecast.forecast.BaselineSettingsVersions;
import org.refinery.forecast.forecast.Mode;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcBaselineSettingsVersions implements BaselineSettingsVersions {

	private static final RowMapper<BaselineSettings> SETTINGS = (rs, n) -> new BaselineSettings(
			rs.getString("product_key"), rs.getInt("trials"), Mode.valueOf(rs.getString("mode")), rs.getInt("horizon"),
			rs.getObject("history_window", Integer.class), rs.getLong("version"),
			rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"));

	private final JdbcClient jdbc;

	JdbcBaselineSettingsVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<BaselineSettings> current(String productKey) {
		return jdbc.sql("select * from forecast_settings where product_key = :key")
			.param("key", productKey)
			.query(SETTINGS)
			.optional();
	}

	/**
	 * Version 1 is inserted, later ones replace the row only from the version before them, so of
	 * two concurrent changes from the same version one stores and the other is stale.
	 */
	@Override
	public void save(BaselineSettings settings) {
		int stored = settings.version() == 1 ? jdbc.sql("""
				insert into forecast_settings values (:key, :trials, :mode, :horizon, :window, 1, :at, :by)
				on conflict (product_key) do nothing""").params(params(settings)).update()
				: jdbc.sql("""
						update forecast_settings set trials = :trials, mode = :mode, horizon = :horizon,
						  history_window = :window, version = :version, changed_at = :at, changed_by = :by
						where product_key = :key and version = :version - 1""").params(params(settings)).update();
		if (stored == 0) {
			throw new BaselineSettingsStale(settings.productKey(),
					current(settings.productKey()).map(BaselineSettings::version).orElse(0L));
		}
		jdbc.sql("insert into forecast_settings_change values (:key, :version, :trials, :mode, :horizon, :window, :at, :by)")
			.params(params(settings))
			.update();
	}

	@Override
	public List<BaselineSettings> history(String productKey) {
		return jdbc.sql("select * from forecast_settings_change where product_key = :key order by version desc")
			.param("key", productKey)
			.query(SETTINGS)
			.list();
	}

	private static java.util.Map<String, Object> params(BaselineSettings settings) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("key", settings.productKey());
		params.put("trials", settings.trials());
		params.put("mode", settings.mode().name());
		params.put("horizon", settings.horizon());
		params.put("window", settings.historyWindow());
		params.put("version", settings.version());
		params.put("at", Timestamp.from(settings.changedAt()));
		params.put("by", settings.changedBy());
		return params;
	}

}
