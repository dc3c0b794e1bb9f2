package org.refinery.test.service;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.kafka.OutboxPurge;
import org.refinery.test.engines.KafkaRoundTrip;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every deployed service must show before any feature: its own migrated database, the
 * wire format through its own Kafka configuration, and the edge between anonymous and signed-in
 * callers. A service's {@code …ServiceIT} extends this under {@link ServiceTest}.
 */
public abstract class ServiceBasics {

	@LocalServerPort
	protected int port;

	/** Actuator's own port: probes and the Prometheus scrape, never the API port. */
	@LocalManagementPort
	protected int managementPort;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	@Autowired
	OutboxPurge outboxPurge;

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
	void completedOutboxEntriesAreDeletedOncePastTheirRetentionAndIncompleteOnesNever() {
		UUID old = outboxEntry(Duration.ofDays(8), true);
		UUID recent = outboxEntry(Duration.ofHours(1), true);
		UUID undelivered = outboxEntry(Duration.ofDays(8), false);
		try {
			outboxPurge.purge();

			assertThat(jdbc.sql("select id from event_publication where id in (:ids)")
				.param("ids", List.of(old, recent, undelivered))
				.query(UUID.class)
				.list()).containsExactlyInAnyOrder(recent, undelivered);
		}
		finally {
			jdbc.sql("delete from event_publication where id in (:ids)").param("ids", List.of(old, recent, undelivered))
				.update();
		}
	}

	private UUID outboxEntry(Duration age, boolean completed) {
		UUID id = UUID.randomUUID();
		OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minus(age);
		jdbc.sql("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, "
				+ "completion_date, status, completion_attempts) values (:id, 'test.retention', 'java.lang.String', "
				+ ":event, :at, :completedAt, :status, 1)")
			.param("id", id)
			.param("event", "\"" + id + "\"")
			.param("at", at)
			.param("completedAt", completed ? at : null, Types.TIMESTAMP_WITH_TIMEZONE)
			.param("status", completed ? "COMPLETED" : "PROCESSING")
			.update();
		return id;
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
	void healthProbesAndPrometheusAreServedWithoutATokenOnTheManagementPortOnly() {
		assertThat(managementPort).isNotEqualTo(port);
		for (String path : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus")) {
			assertThat(ServiceClient.onPort(managementPort).get(path, null).getStatusCode().value()).as(path).isEqualTo(200);
		}
	}

	@Test
	void theApiPortServesNoActuatorEvenToAnAnonymousCaller() {
		for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/health/readiness", "/actuator/info")) {
			var response = http().get(path, null);

			assertThat(response.getStatusCode().value()).as(path).isEqualTo(404);
			assertThat(response.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
			assertThat(response.getBody()).as(path).doesNotContain("jvm_", "refinery_");
		}
	}

}
