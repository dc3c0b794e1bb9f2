package org.refinery.forecast.forecast.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.refinery.forecast.forecast.Calibration;
import org.refinery.forecast.forecast.Forecast;
import org.refinery.forecast.forecast.HowMany;
import org.refinery.forecast.forecast.application.ForecastCalibration;
import org.refinery.forecast.forecast.application.ProductForecasts;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/forecasts/products")
class ForecastController {


	private final ProductForecasts forecasts;

	private final ForecastCalibration calibration;

	ForecastController(ProductForecasts forecasts, ForecastCalibration calibration) {
		this.forecasts = forecasts;
		this.calibration = calibration;
	}

	/** The original run of a product's forecast: the baseline for its owners, a what-if run for everyone else. */
	@Operation(summary = "Run the product's forecast now", description = """
			Kept for its callers; the platform computes each product's baseline by itself from the baseline \
			settings (…/forecast-settings), and what-if scenarios are kept and compared under …/scenarios. A \
			product owner's or administrator's run becomes the product's baseline at once (201, stored and \
			announced) until the next automatic recomputation, which uses the baseline settings again. Anyone \
			else who sees the product (team members, portfolio managers, viewers) gets a what-if run (200): \
			computed the same way, never stored nor announced, saying so in `warnings`.
			A forecast is admitted only within limits (defaults; `refinery.forecast.admission.*`):
			its cost, trials × (8 × items + horizon × (teams + throughput draws per period)), at most
			1,000,000,000 engine steps (a team sampled by the day draws every day of a Sprint or Release),
			and items × horizon at most 500,000 stored probabilities, else 422 naming the field to lower
			(`errors[].pointer`), the `limit` and `maxTrials` at this horizon; at most one forecast per user
			(else 429) and one core fewer than the service has in the whole service (else 503), both with
			`Retry-After` in seconds; and at most 45 s of running (else 503, nothing stored), so that an
			answer always comes before the gateway's 60 s limit.""")
	@ApiResponse(responseCode = "201", description = "Computed and stored as the product's baseline (its owners and administrators)")
	@ApiResponse(responseCode = "200", description = "A what-if run, not stored (everyone else who sees the product)")
	@ApiResponse(responseCode = "422", description = "Over budget, or a team without any history",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429", description = "You already run the most forecasts one user may; see Retry-After",
			headers = @Header(name = "Retry-After", description = "seconds"),
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "503", description = "The service runs all the forecasts it can (see Retry-After), "
			+ "or this one ran out of time", headers = @Header(name = "Retry-After", description = "seconds"),
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/{productKey}")
	ResponseEntity<Forecast> compute(Caller caller,
			@PathVariable @ProductKey String productKey,
			@RequestBody(required = false) @Valid ForecastRequestBody body) {
		var request = (body == null ? ForecastRequestBody.defaults() : body).toRequest();
		ProductForecasts.Computed run = forecasts.compute(caller, productKey, request);
		return run.baseline()
				? ResponseEntity.created(URI.create("/api/forecasts/products/" + productKey)).body(run.forecast())
				: ResponseEntity.ok(run.forecast());
	}

	/** How many open items are likely done by the end of upcoming period k (1 = the running Sprint or Release). */
	@GetMapping("/{productKey}/how-many")
	HowMany howMany(Caller caller,
			@PathVariable @ProductKey String productKey,
			@RequestParam @Min(value = 1, message = "must be an upcoming period, 1 or more") int period) {
		return forecasts.howMany(caller, productKey, period);
	}

	/** How often the product's past forecasts held their P85 (target about 85 %), and the backtest. */
	@Operation(summary = "How well the product's forecasts held", description = """
			evaluated/heldByP85/share: of the items whose P85 period has ended (each judged on the latest \
			stored forecast that named one), how many were done by that period's last day. backtest: for each \
			team's last completed periods (refinery.forecast.backtest.periods, default 6), the engine forecasts \
			how many items the team finishes in one period from only the periods that ended before it began \
			(at least 3); P50/P85/P95 are the counts reached in 50/85/95 % of the simulated periods, and a \
			figure held when the team actually finished at least that many. heldP85 is the share of judged \
			periods where it held; expectedP50/expectedP85/expectedP95 are the forecasts' own chances of \
			reaching their figures, averaged over the judged periods (counts are whole, so they lie above \
			50/85/95 %), and a calibrated forecast holds about that often. Costs the same however \
			many forecasts are stored. Only baselines are judged: what-if scenarios are never stored as forecasts. \
			A Kanban team's days are judged per Sprint or Release, summed. \
			percentiles: the stored baselines' P50, P85 and P95 judged alike (about 50/85/95 % when calibrated). \
			itemBacktest: the baseline re-run as of the product's last completed periods, each item judged on \
			when it was done; its percentiles' expected is the re-run forecasts' own mean probability that \
			the judged items were done by the end of that period (periods are whole, so a calibrated P50 holds \
			about that often, often 70 % rather than 50 %).""")
	@GetMapping("/{productKey}/calibration")
	Calibration calibration(Caller caller,
			@PathVariable @ProductKey String productKey) {
		return calibration.of(caller, productKey);
	}

	/** The product's baseline: the latest the platform (or an owner's run) made. */
	@GetMapping("/{productKey}")
	Forecast latest(Caller caller,
			@PathVariable @ProductKey String productKey) {
		return forecasts.latest(caller, productKey);
	}

}
