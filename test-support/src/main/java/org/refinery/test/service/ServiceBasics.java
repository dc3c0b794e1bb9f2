package org.refinery.test.service;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.test.engines.KafkaRoundTrip;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every deployed service must show before any feature: its own migrated database, the
 * wire format through its own Kafka configuration, and the edge between anonymous and signed-in
 * callers. A service's {@code …ServiceIT} extends this under {@link ServiceTest}.
 */
public abstract class ServiceBasics {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	@Value("${spring.application.name}")
	String applicationName;

	/** A path of the service's API that needs a token. */
	protected abstract String protectedPath();

	/** The {@code ce_type} of a contract event the service deals in. */
	protected abstract String sampleEventType();

	protected ServiceClient http() {
		return ServiceClient.onPort(port);
	}

	@Test
	void flywayMigratedTheServicesOwnDatabaseIncludingTheOutbox() {
		var failed = jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single();
		assertThat(failed).isZero();
		assertThat(jdbc.sql("select current_database()").query(String.class).single())
			.isEqualTo(applicationName.replace('-', '_'));
		assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single()).isNotNegative();
	}

	@Test
	void aContractEventSentThroughTheServicesKafkaConfigurationComesBackAsTheSameRecord() {
		RefineryEvent sent = EventSamples.event(sampleEventType());

		ConsumerRecord<String, RefineryEvent> received = KafkaRoundTrip.sendAndReceive(kafka, consumers,
				sent.aggregateId().toString(), sent, Duration.ofSeconds(30));

		assertThat(received.value()).isEqualTo(sent);
		assertThat(new String(received.headers().lastHeader("ce_source").value())).isEqualTo(applicationName);
		assertThat(new String(received.headers().lastHeader("ce_type").value())).isEqualTo(sampleEventType());
	}

	@Test
	void anUnauthenticatedRequestIsAnswered401InProblemJson() {
		var response = http().get(protectedPath(), null);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	@Test
	void healthProbesAndPrometheusAreServedWithoutAToken() {
		for (String path : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus")) {
			assertThat(http().get(path, null).getStatusCode().value()).as(path).isEqualTo(200);
		}
	}

}
