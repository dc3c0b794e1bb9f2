package org.refinery.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CorsPolicyTest {

	@Test
	void byDefaultNoOtherOriginIsAllowedToCallTheApi() {
		var source = CorsPolicy.of(new CorsProperties(List.of()));
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/backlog/products"));

		var api = source.getCorsConfiguration(exchange);

		assertThat(api).isNotNull();
		assertThat(api.checkOrigin("https://evil.example")).isNull();
		assertThat(api.checkOrigin("http://localhost:8080")).isNull();
	}

	@Test
	void onlyTheApiHasAPolicy() {
		var source = CorsPolicy.of(new CorsProperties(List.of("https://dashboard.example")));

		assertThat(source.getCorsConfiguration(MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/health"))))
			.isNull();
		assertThat(source.getCorsConfiguration(MockServerWebExchange.from(MockServerHttpRequest.get("/api/x")))
			.checkOrigin("https://dashboard.example")).isEqualTo("https://dashboard.example");
	}

	@Test
	void aWildcardOrAPathIsRefusedAsAnAllowedOrigin() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsProperties(List.of("*")));
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsProperties(List.of("https://a.example/app")));
	}

}
