package org.refinery.forecast.forecast.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.refinery.forecast.forecast.SavedScenario;
import org.refinery.forecast.forecast.application.ProductScenarios;
import org.refinery.http.ListPage;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** One's own what-if scenarios of a product, each compared with the product's baseline. */
@RestController
@RequestMapping("/api/forecasts/products/{productKey}/scenarios")
class ScenarioController {

	private final ProductScenarios scenarios;

	ScenarioController(ProductScenarios scenarios) {
		this.scenarios = scenarios;
	}

	@Operation(summary = "Run and keep a what-if scenario", description = """
			Anyone who sees the product, viewers included. The scenario runs with the latest baseline's trials, \
			horizon, unit and seed plus its own changes, admitted like every forecast (cost budget 422, one \
			forecast per user 429, service busy 503, 45 s deadline), and answers item by item how it moves against \
			the baseline: P50/P85 in both, the shift in periods and the probability of being done by the \
			baseline's P85 period. It never replaces the baseline nor feeds calibration or the health score. \
			Each person keeps at most 20 scenarios per product: the 21st is refused with 409 (none is evicted; \
			delete one). No baseline yet: 409.""")
	@ApiResponse(responseCode = "201", description = "Run and kept")
	@ApiResponse(responseCode = "409", description = "Too many scenarios, a name already used, or no baseline yet",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429", description = "You already run a forecast; see Retry-After",
			headers = @Header(name = "Retry-After", description = "seconds"),
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping
	ResponseEntity<SavedScenario> create(Caller user, @PathVariable @ProductKey String productKey,
			@RequestBody @Valid ScenarioBody body) {
		SavedScenario scenario = scenarios.create(user, productKey, body.name().strip(), body.toChanges());
		return ResponseEntity.created(URI.create("/api/forecasts/products/" + productKey + "/scenarios/" + scenario.id()))
			.body(scenario);
	}

	@Operation(summary = "Your scenarios of the product, oldest first, each with its last comparison, a page at a time")
	@GetMapping
	ListPage<SavedScenario> list(Caller user, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		return ListPage.of(scenarios.list(user, productKey), page, size);
	}

	@Operation(summary = "One of your scenarios with its last comparison")
	@GetMapping("/{id}")
	SavedScenario get(Caller user, @PathVariable @ProductKey String productKey, @PathVariable UUID id) {
		return scenarios.get(user, productKey, id);
	}

	@Operation(summary = "Run one of your scenarios again, against the latest baseline")
	@PostMapping("/{id}/runs")
	SavedScenario rerun(Caller user, @PathVariable @ProductKey String productKey, @PathVariable UUID id) {
		return scenarios.rerun(user, productKey, id);
	}

	@Operation(summary = "Delete one of your scenarios")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Caller user, @PathVariable @ProductKey String productKey, @PathVariable UUID id) {
		scenarios.delete(user, productKey, id);
		return ResponseEntity.noContent().build();
	}

}
