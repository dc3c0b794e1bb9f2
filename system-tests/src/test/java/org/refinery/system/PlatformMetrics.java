package org.refinery.system;

/**
 * Reads one service's Prometheus scrape the way Prometheus does: text, summed over the matching
 * series, on the component's management port (the API port serves no actuator).
 */
public final class PlatformMetrics {

	private PlatformMetrics() {
	}

	public static String scrape(String component) {
		var client = PlatformClient.of(SharedPlatform.managementUrl(component), null);
		return client.send(client.request("/actuator/prometheus").setHeader("Accept", "text/plain")).body();
	}

	/** The sum of every series of a metric whose labels contain all the given {@code name="value"} pairs. */
	public static double value(String component, String metric, String... labels) {
		return scrape(component).lines()
			.filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
			.filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
