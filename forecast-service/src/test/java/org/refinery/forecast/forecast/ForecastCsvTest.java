package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastCsvTest {

	static final String HEADER = "itemKey,teamKey,p50,p70,p85,p95,p50End,p85End,p95End,predictability,neverReason,"
			+ "sizedAs\r\n";

	@Test
	void anItemIsOneRecordWithItsPeriodsAndTheirLastDaysAfterTheHeader() throws IOException {
		var items = List.of(
				new ItemForecast(UUID.randomUUID(), "PAY-1", "PAY-CHECKOUT", 0, 0, 0, 1, List.of(1.0), null),
				new ItemForecast(UUID.randomUUID(), "PAY-2", "PAY-CHECKOUT", 1, 2, 2, null, List.of(0.5, 0.9), 1E7),
				new ItemForecast(UUID.randomUUID(), "PAY-3", null, null, null, null, null, List.of(), null,
						"no team, so no throughput", "=epic sized as 4 children"));

		String csv = csv(forecast(items));

		assertThat(csv).isEqualTo(HEADER
				+ "PAY-1,PAY-CHECKOUT,0,0,0,1,,,2026-12-13,,,\r\n"
				+ "PAY-2,PAY-CHECKOUT,1,2,2,,2026-12-13,2026-12-27,,10000000,,\r\n"
				+ "PAY-3,,,,,,,,,,\"no team, so no throughput\",'=epic sized as 4 children\r\n");
	}

	@Test
	void aPercentileBeyondThePeriodsListedHasNoLastDay() throws IOException {
		var items = List.of(new ItemForecast(UUID.randomUUID(), "PAY-9", "PAY-WALLET", 2, 3, 3, 3, List.of(), 1.5));

		assertThat(csv(forecast(items))).isEqualTo(HEADER + "PAY-9,PAY-WALLET,2,3,3,3,2026-12-27,,,1.5,,\r\n");
	}

	@Test
	void aForecastWithoutItemsIsItsHeader() throws IOException {
		assertThat(csv(forecast(List.of()))).isEqualTo(HEADER);
	}

	/** Two Sprints, ending 2026-12-13 and 2026-12-27. */
	private static Forecast forecast(List<ItemForecast> items) {
		var periods = List.of(
				new UpcomingPeriod(1, "Sprint 1", LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-13"), 1, 1, 1, 1, 1),
				new UpcomingPeriod(2, "Sprint 2", LocalDate.parse("2026-12-14"), LocalDate.parse("2026-12-27"), 2, 2, 2, 2, 2));
		return new Forecast(UUID.randomUUID(), UUID.randomUUID(), "PAY", Forecast.NOTICE, Mode.COUNT, 100, 1, 2,
				List.of(), null, null, Instant.parse("2026-11-30T06:00:00Z"), periods, items, List.of(), List.of(), null,
				List.of(), List.of());
	}

	private static String csv(Forecast forecast) throws IOException {
		StringWriter out = new StringWriter();
		new ForecastCsv(out).write(forecast);
		return out.toString();
	}

}
