package org.refinery.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.EventJson;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemRefined;
import org.refinery.contracts.samples.EventSamples;

class CloudEventSerializerTest {

	private final ItemRefined event = EventSamples.event(ItemRefined.class);

	@Test
	void serializerSetsEveryCloudEventsHeader() {
		Headers headers = new RecordHeaders();

		configured().serialize(Topics.BACKLOG_ITEMS, headers, event);

		assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
		assertThat(header(headers, "ce_id")).isEqualTo(event.eventId().toString());
		assertThat(header(headers, "ce_type")).isEqualTo("refinery.backlog.ItemRefined.v1");
		assertThat(header(headers, "ce_source")).isEqualTo("backlog-service");
		assertThat(header(headers, "ce_time")).isEqualTo("2026-02-18T14:40:00Z");
		assertThat(header(headers, "ce_subject")).isEqualTo(event.aggregateId().toString());
		assertThat(header(headers, "content-type")).isEqualTo("application/json");
	}

	@Test
	void valueIsTheJsonPayloadOfTheRecord() {
		byte[] value = configured().serialize(Topics.BACKLOG_ITEMS, new RecordHeaders(), event);

		var json = new EventJson();
		assertThat(json.mapper().readTree(value)).isEqualTo(json.mapper().readTree(json.write(event)));
	}

	@Test
	void staleCloudEventsHeadersAreReplacedAndTraceContextIsKept() {
		Headers headers = new RecordHeaders();
		headers.add("ce_type", "refinery.backlog.Stale.v1".getBytes(StandardCharsets.UTF_8));
		headers.add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes());

		configured().serialize(Topics.BACKLOG_ITEMS, headers, event);

		assertThat(headers.headers("ce_type")).hasSize(1);
		assertThat(header(headers, "ce_type")).isEqualTo("refinery.backlog.ItemRefined.v1");
		assertThat(header(headers, "traceparent")).startsWith("00-4bf92f35");
	}

	@Test
	void nullEventIsATombstoneWithoutHeaders() {
		Headers headers = new RecordHeaders();

		assertThat(configured().serialize(Topics.BACKLOG_ITEMS, headers, null)).isNull();
		assertThat(headers.toArray()).isEmpty();
	}

	@Test
	void sourceIsARequiredSetting() {
		try (var serializer = new CloudEventSerializer()) {
			assertThatThrownBy(() -> serializer.configure(Map.of(), false)).isInstanceOf(ConfigException.class)
				.hasMessageContaining("refinery.events.source");
		}
		assertThatThrownBy(() -> new CloudEventSerializer(" ")).isInstanceOf(ConfigException.class)
			.hasMessageContaining("refinery.events.source");
	}

	@Test
	void anUnconfiguredSerializerRefusesToGuessTheSource() {
		try (var serializer = new CloudEventSerializer()) {
			assertThatThrownBy(() -> serializer.serialize(Topics.BACKLOG_ITEMS, new RecordHeaders(), event))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("refinery.events.source");
		}
	}

	@Test
	void aSourceGivenInTheConstructorSurvivesConfigurationWithoutOne() {
		var serializer = new CloudEventSerializer("alignment-service");
		serializer.configure(Map.of(), false);
		Headers headers = new RecordHeaders();

		serializer.serialize(Topics.BACKLOG_ITEMS, headers, event);

		assertThat(header(headers, "ce_source")).isEqualTo("alignment-service");
	}

	@Test
	void serializerIsForValuesOnly() {
		assertThatThrownBy(() -> new CloudEventSerializer().configure(Map.of(), true))
			.isInstanceOf(ConfigException.class);
	}

	@Test
	void serializingWithoutHeadersIsRefusedBecauseBinaryModeNeedsThem() {
		assertThatThrownBy(() -> configured().serialize(Topics.BACKLOG_ITEMS, event))
			.isInstanceOf(UnsupportedOperationException.class)
			.hasMessageContaining("headers");
	}

	static CloudEventSerializer configured() {
		var serializer = new CloudEventSerializer();
		serializer.configure(Map.of(CloudEventSerializer.SOURCE_CONFIG, "backlog-service"), false);
		return serializer;
	}

	static String header(Headers headers, String name) {
		var header = headers.lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
