package org.refinery.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * W3C trace context at the edge: the gateway continues the caller's trace or starts one, passes
 * it to the service in {@code traceparent} and names it in the access log.
 */
@ExtendWith(OutputCaptureExtension.class)
class TraceContextIT extends GatewayStandIn {

	@Test
	void everyRoutedCallIsInTheAccessLogWithCallerRouteStatusAndLatency(
			CapturedOutput output) {
		String token = tokens.forUser("tess").realmRoles("team-member").products("PAY").mint();

		http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve()
			.toEntity(String.class);

		await().atMost(Duration.ofSeconds(5))
			.until(() -> output.getOut().contains("refinery.access"));
		assertThat(output.getOut()).containsPattern("tess GET /api/backlog/products route=backlog status=200 \\d+ms");
	}

	@Test
	void theCallersTraceIsContinuedToTheServiceAndNamedInTheAccessLog(
			CapturedOutput output) throws InterruptedException {
		relayedTraceparents.clear();
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

		http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tess().mint())
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").retrieve().toEntity(String.class);

		String relayed = relayedTraceparents.poll(5, TimeUnit.SECONDS);
		assertThat(relayed).matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> output.getOut().contains("trace=" + traceId));
	}

	@Test
	void aCallWithoutTraceStartsOneAtTheGateway() throws InterruptedException {
		relayedTraceparents.clear();

		http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tess().mint())
			.retrieve().toEntity(String.class);

		assertThat(relayedTraceparents.poll(5, TimeUnit.SECONDS)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
			.doesNotStartWith("00-00000000000000000000000000000000");
	}

}
