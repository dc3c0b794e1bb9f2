package org.refinery.devstack.seed;

import java.time.Duration;
import java.util.Map;

/**
 * One forecast per product, once its teams' throughput is in: without one, a fresh demo's
 * predictability (the forecast spread in the health score) and the forecast page have nothing to
 * show until someone asks. The forecast service learns products and items from backlog events, so
 * a product it does not know yet (404) is asked again until its read model has caught up.
 */
final class ForecastSeeding {

	private static final Duration READ_MODEL_LAG = Duration.ofSeconds(90);

	private final GatewayClient owner;

	ForecastSeeding(GatewayClient owner) {
		this.owner = owner;
	}

	String seed(DemoOrganisation organisation) {
		for (DemoProduct product : organisation.products()) {
			forecast(product.key()).orThrow();
		}
		return "a forecast for each of %d products".formatted(organisation.products().size());
	}

	private ApiResponse forecast(String productKey) {
		long deadline = System.nanoTime() + READ_MODEL_LAG.toNanos();
		while (true) {
			ApiResponse response = owner.sendOnceKnown("POST", "/api/forecasts/products/" + productKey, Map.of(),
					READ_MODEL_LAG);
			if (response.status() != 404 || System.nanoTime() > deadline) {
				return response;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return response;
			}
		}
	}

}
