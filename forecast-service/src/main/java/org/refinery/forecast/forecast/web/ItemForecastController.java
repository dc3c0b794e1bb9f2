package org.refinery.forecast.forecast.web;

import org.refinery.forecast.forecast.ItemWhen;
import org.refinery.forecast.forecast.application.ProductForecasts;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/forecasts/items")
class ItemForecastController {

	private final ProductForecasts forecasts;

	ItemForecastController(ProductForecasts forecasts) {
		this.forecasts = forecasts;
	}

	/** When one item (or epic) is likely done, dependency-aware, from its product's latest forecast. */
	@GetMapping("/{itemId}")
	ItemWhen when(Caller caller, @PathVariable UUID itemId) {
		return forecasts.forItem(caller, itemId);
	}

}
