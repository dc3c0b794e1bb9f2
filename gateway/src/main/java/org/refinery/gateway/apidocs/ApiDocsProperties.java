package org.refinery.gateway.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * The title and description of each service's API ({@code refinery.gateway.api-docs.services.<name>},
 * the name the route's {@code ApiDocument} filter gives).
 */
@ConfigurationProperties("refinery.gateway.api-docs")
record ApiDocsProperties(@DefaultValue Map<String, Described> services) {

	ApiDocsProperties {
		services = Map.copyOf(services);
	}

	/** How Swagger UI heads one service's document. */
	record Described(String title, String description) {
	}

}
