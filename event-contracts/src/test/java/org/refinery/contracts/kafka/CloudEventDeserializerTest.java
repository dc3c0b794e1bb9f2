package org.refinery.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.refinery.contracts.EventType;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.samples.EventSamples;

class CloudEventDeserializerTest {

	private static final String ITEMS = Topics.BACKLOG_ITEMS;

	private final CloudEventDeserializer deserializer = new CloudEventDeserializer();

	@ParameterizedTest
	@EnumSource(EventType.class)
	void deserializerReadsBackWhatTheSerializerWrote(EventType type) {
		RefineryEvent event = EventSamples.event(type.ceType());
		Headers headers = new RecordHeaders();

		byte[] value = CloudEventSerializerTest.configured().serialize(type.topic(), headers, event);

		assertThat(deserializer.deserialize(type.topic(), headers, value)).isEqualTo(event);
	}

	@Test
	void frozenSampleArrivingWithMinimalHeadersIsRead() {
		String ceType = EventType.ITEM_CREATED.ceType();

		RefineryEvent read = deserializer.deserialize(ITEMS, headers(ceType), bytes(EventSamples.json(ceType)));

		assertThat(read).isEqualTo(EventSamples.event(ceType));
	}

	@Test
	void consumersReadingFromByteBuffersGetTheSameEvent() {
		String ceType = EventType.ITEM_CREATED.ceType();
		ByteBuffer value = ByteBuffer.wrap(bytes(EventSamples.json(ceType)));

		assertThat(deserializer.deserialize(ITEMS, headers(ceType), value)).isEqualTo(EventSamples.event(ceType));
	}

	@Test
	void recordWithoutCeTypeIsRejectedNamingTheTopic() {
		assertThatThrownBy(() -> deserializer.deserialize(ITEMS, new RecordHeaders(), bytes("{}")))
			.isInstanceOf(InvalidEventException.class)
			.isInstanceOf(SerializationException.class)
			.hasMessage("Record on topic 'refinery.backlog.items.v1' has no ce_type header; Refinery events are "
					+ "CloudEvents in binary mode and the header names the event type");
		assertThatThrownBy(() -> deserializer.deserialize(ITEMS, bytes("{}")))
			.isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("no ce_type header");
	}

	@Test
	void recordWithUnknownCeTypeIsRejectedNamingTypeAndTopic() {
		assertThatThrownBy(() -> deserializer.deserialize(ITEMS, headers("refinery.backlog.ItemExploded.v1"),
				bytes("{}")))
			.isInstanceOf(InvalidEventException.class)
			.hasMessageStartingWith("Unknown ce_type 'refinery.backlog.ItemExploded.v1' on topic "
					+ "'refinery.backlog.items.v1'")
			.satisfies(ex -> assertThat(((InvalidEventException) ex).ceType())
				.isEqualTo("refinery.backlog.ItemExploded.v1"))
			.satisfies(ex -> assertThat(((InvalidEventException) ex).topic()).isEqualTo(ITEMS));
	}

	@Test
	void malformedJsonIsRejectedNamingTypeTopicAndRecord() {
		String ceType = EventType.ITEM_REFINED.ceType();

		assertThatThrownBy(() -> deserializer.deserialize(ITEMS, headers(ceType), bytes("{\"eventId\": ")))
			.isInstanceOf(InvalidEventException.class)
			.hasMessageStartingWith("Cannot read the payload of ce_type 'refinery.backlog.ItemRefined.v1' on topic "
					+ "'refinery.backlog.items.v1' as ItemRefined: ")
			.hasCauseInstanceOf(tools.jackson.core.JacksonException.class);
	}

	@Test
	void payloadLackingARequiredFieldIsRejectedNamingTheField() {
		String ceType = EventType.ITEM_REFINED.ceType();
		String withoutItem = EventSamples.json(ceType).replace("\"item\" :", "\"formerItem\" :");

		assertThatThrownBy(() -> deserializer.deserialize(ITEMS, headers(ceType), bytes(withoutItem)))
			.isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("as ItemRefined: ")
			.hasMessageContaining("ItemRefined.item is required");
	}

	@Test
	void nonJsonContentTypeIsRejected() {
		Headers headers = headers(EventType.ITEM_CREATED.ceType());
		headers.add("content-type", bytes("application/avro"));

		assertThatThrownBy(() -> deserializer.deserialize(ITEMS, headers, bytes("{}")))
			.isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("Unsupported content-type 'application/avro'");
	}

	@Test
	void tombstoneReadsAsNull() {
		assertThat(deserializer.deserialize(ITEMS, new RecordHeaders(), (byte[]) null)).isNull();
		assertThat(deserializer.deserialize(ITEMS, new RecordHeaders(), (ByteBuffer) null)).isNull();
		assertThat(deserializer.deserialize(ITEMS, (byte[]) null)).isNull();
	}

	private static Headers headers(String ceType) {
		Headers headers = new RecordHeaders();
		headers.add("ce_type", bytes(ceType));
		return headers;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
