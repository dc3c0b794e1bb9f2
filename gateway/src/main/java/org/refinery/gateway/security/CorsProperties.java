package org.refinery.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;

/**
 * Origins other than the gateway's own that may call {@code /api/**} from a browser
 * ({@code refinery.gateway.cors.allowed-origins}); empty, the default, means same origin only.
 */
@ConfigurationProperties("refinery.gateway.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins) {

	CorsProperties {
		allowedOrigins = List.copyOf(allowedOrigins);
		for (String origin : allowedOrigins) {
			URI uri = URI.create(origin);
			if (uri.getScheme() == null || uri.getHost() == null || !(uri.getPath() == null || uri.getPath().isEmpty())) {
				throw new IllegalArgumentException("refinery.gateway.cors.allowed-origins takes exact origins such as "
						+ "https://refinery.example.org, not patterns or paths: " + origin);
			}
		}
	}

}
