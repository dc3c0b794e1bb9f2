package org.refinery.gateway.apidocs;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;

/**
 * The route filter {@code ApiDocument=<service>} of the {@code /v3/api-docs/<service>} routes: the
 * service's document with its title and description and the gateway as its server (the origin the
 * browser used, as the forwarded headers of the ingress state it).
 */
@Component
class ApiDocumentGatewayFilterFactory extends AbstractGatewayFilterFactory<ApiDocumentGatewayFilterFactory.Config> {

	private final ModifyResponseBodyGatewayFilterFactory modifyResponseBody;

	private final ApiDocsProperties properties;

	ApiDocumentGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modifyResponseBody,
			ApiDocsProperties properties) {
		super(Config.class);
		this.modifyResponseBody = modifyResponseBody;
		this.properties = properties;
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("service");
	}

	@Override
	public GatewayFilter apply(Config config) {
		ApiDocsProperties.Described described = properties.services().get(config.getService());
		return modifyResponseBody.apply(new ModifyResponseBodyGatewayFilterFactory.Config().setRewriteFunction(
				String.class, String.class, (exchange, document) -> Mono.justOrEmpty(document)
					.map(body -> rewritten(exchange, body, described))));
	}

	private static String rewritten(ServerWebExchange exchange, String document, ApiDocsProperties.Described described) {
		if (exchange.getResponse().getStatusCode() == null || !exchange.getResponse().getStatusCode().is2xxSuccessful()) {
			return document;
		}
		URI uri = exchange.getRequest().getURI();
		return ApiDocument.throughGateway(document, described, uri.getScheme() + "://" + uri.getRawAuthority());
	}

	/** The service whose document the route serves, as named under {@code refinery.gateway.api-docs.services}. */
	public static class Config {

		private String service;

		public String getService() {
			return service;
		}

		public void setService(String service) {
			this.service = service;
		}

	}

}
