package org.refinery.keycloak.tracing;

import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A service in miniature continues the trace the gateway passes on in {@code traceparent}. */
@SpringBootTest(classes = TraceContinuationTest.TracedApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.kafka.listener.observation-enabled=false")
class TraceContinuationTest {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@DynamicPropertySource
	static void realm(DynamicPropertyRegistry registry) {
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void theServiceWorksInsideTheCallersTrace() throws Exception {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

		var response = get("00-" + traceId + "-00f067aa0ba902b7-01");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(traceId);
	}

	@Test
	void aCallWithoutTraceContextGetsATraceOfItsOwn() throws Exception {
		var response = get(null);

		assertThat(response.body()).matches("[0-9a-f]{32}").isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void kafkaRecordsCarryTheTraceUnlessTheApplicationSaysOtherwise() {
		assertThat(environment.getProperty("spring.kafka.template.observation-enabled")).isEqualTo("true");
		assertThat(environment.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("false");
		assertThat(environment.getProperty("management.tracing.propagation.produce")).isEqualTo("w3c");
	}

	private HttpResponse<String> get(String traceparent) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/trace"))
			.header("Authorization", "Bearer " + tokens.tess().mint());
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootApplication
	static class TracedApp {

		@RestController
		static class CurrentTrace {

			private final Tracer tracer;

			CurrentTrace(Tracer tracer) {
				this.tracer = tracer;
			}

			@GetMapping("/api/trace")
			String trace() {
				var span = tracer.currentSpan();
				return span == null ? "none" : span.context().traceId();
			}

		}

	}

}
