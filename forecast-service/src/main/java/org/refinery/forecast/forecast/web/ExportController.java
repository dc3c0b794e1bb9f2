package org.refinery.forecast.forecast.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.refinery.forecast.forecast.Forecast;
import org.refinery.forecast.forecast.ForecastCsv;
import org.refinery.forecast.forecast.application.ProductForecasts;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

@RestController
class ExportController {

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	private final ProductForecasts forecasts;

	private final Clock clock = Clock.systemUTC();

	ExportController(ProductForecasts forecasts) {
		this.forecasts = forecasts;
	}

	/**
	 * The product's baseline (what {@code GET /api/forecasts/products/{KEY}} answers, with its
	 * visibility) as an attachment named {@code <KEY>-forecast-<date>.csv}; the path and the
	 * {@code format} parameter follow the backlog export's. The baseline is read before the first
	 * byte is written, so a product without one is a 404 problem, never an empty file.
	 */
	@Operation(summary = "The product's baseline forecast as CSV", description = """
			One record per item in rank order: itemKey, teamKey, p50, p70, p85, p95 (the upcoming period \
			index, 0 = done already, empty = not within the horizon), p50End, p85End, p95End (that \
			period's last day, empty for 0 or beyond the horizon), predictability, neverReason, sizedAs. \
			`format=csv` is the default and the only format.""")
	@GetMapping("/api/forecasts/products/{productKey}/export")
	void export(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "csv") ExportFormat format, HttpServletResponse response) throws IOException {
		Forecast baseline = forecasts.latest(caller, productKey);
		response.setContentType("text/csv; charset=UTF-8; header=present");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(productKey + "-forecast-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv")
			.build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16_384);
		try {
			new ForecastCsv(out).write(baseline);
		}
		catch (IOException ex) {
			// The client went away or stopped reading; nothing is held open for it.
			log.info("Export of the forecast of {} ended early: {}", productKey, ex.toString());
		}
	}

}
