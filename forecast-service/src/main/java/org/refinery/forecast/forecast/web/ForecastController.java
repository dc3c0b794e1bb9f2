package org.refinery.forecast.forecast.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.refinery.forecast.forecast.Calibration;
import org.refinery.forecast.forecast.HowMany;
import org.refinery.forecast.forecast.application.ForecastCalibration;
import org.refinery.forecast.forecast.Forecast;
import org.refinery.forecast.forecast.application.ProductForecasts;
import org.refinery.keycloak.CurrentUser;
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

	private static final String PRODUCT_KEY = "[A-Z][A-Z0-9]{1,9}";

	private final ProductForecasts forecasts;

	private final ForecastCalibration calibration;

	ForecastController(ProductForecasts forecasts, ForecastCalibration calibration) {
		this.forecasts = forecasts;
		this.calibration = calibration;
	}

	/** Computes, stores and announces the product's forecast; a forecast, not a commitment. */
	@PostMapping("/{productKey}")
	ResponseEntity<Forecast> compute(CurrentUser user,
			@PathVariable @Pattern(regexp = PRODUCT_KEY, message = "must be a product key such as PAY") String productKey,
			@RequestBody(required = false) @Valid ForecastRequestBody body) {
		var request = (body == null ? ForecastRequestBody.defaults() : body).toRequest();
		Forecast forecast = forecasts.compute(user, productKey, request);
		return ResponseEntity.created(URI.create("/api/forecasts/products/" + productKey)).body(forecast);
	}

	/** How many open items are likely done by the end of upcoming period k (1 = the next Sprint or Release). */
	@GetMapping("/{productKey}/how-many")
	HowMany howMany(CurrentUser user,
			@PathVariable @Pattern(regexp = PRODUCT_KEY, message = "must be a product key such as PAY") String productKey,
			@RequestParam @Min(value = 1, message = "must be an upcoming period, 1 or more") int period) {
		return forecasts.howMany(user, productKey, period);
	}

	/** How often the product's past forecasts held their P85 (target about 85 %). */
	@GetMapping("/{productKey}/calibration")
	Calibration calibration(CurrentUser user,
			@PathVariable @Pattern(regexp = PRODUCT_KEY, message = "must be a product key such as PAY") String productKey) {
		return calibration.of(user, productKey);
	}

	/** The product's latest forecast. */
	@GetMapping("/{productKey}")
	Forecast latest(CurrentUser user,
			@PathVariable @Pattern(regexp = PRODUCT_KEY, message = "must be a product key such as PAY") String productKey) {
		return forecasts.latest(user, productKey);
	}

}
