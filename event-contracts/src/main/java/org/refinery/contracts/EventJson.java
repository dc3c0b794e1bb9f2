package org.refinery.contracts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of the events, shared by the Kafka serde and by services that keep events
 * in an outbox table, so both write byte-for-byte the same payload.
 * <p>
 * Unknown properties are ignored, so a consumer survives fields added later in {@code v1}.
 * Absent values are omitted rather than written as {@code null} or {@code []}: an event
 * written by a newer producer with an optional field left empty then looks exactly like the
 * frozen samples of older versions. Dates are ISO-8601 strings and decimals are plain.
 * Jackson 3 exceptions are unchecked ({@link tools.jackson.core.JacksonException}).
 */
public final class EventJson {

	private static final JsonInclude.Value OMIT_EMPTY = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
			JsonInclude.Include.USE_DEFAULTS);

	private final JsonMapper mapper;

	public EventJson() {
		this.mapper = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.withConfigOverride(List.class, override -> override.setInclude(OMIT_EMPTY))
			.withConfigOverride(Set.class, override -> override.setInclude(OMIT_EMPTY))
			.withConfigOverride(Map.class, override -> override.setInclude(OMIT_EMPTY))
			.build();
	}

	/** The configured mapper, for callers that need trees or pretty printing. */
	public JsonMapper mapper() {
		return mapper;
	}

	/** The JSON payload of an event; {@code null} for {@code null}. */
	public String write(RefineryEvent event) {
		return event == null ? null : mapper.writeValueAsString(event);
	}

	/** The UTF-8 JSON payload of an event; {@code null} for {@code null}. */
	public byte[] writeBytes(RefineryEvent event) {
		return event == null ? null : mapper.writeValueAsBytes(event);
	}

	/**
	 * Reads a payload as the record its {@code ce_type} names; {@code null} for {@code null}.
	 * @throws UnknownEventTypeException when the {@code ce_type} is not in the catalog
	 * @throws tools.jackson.core.JacksonException when the JSON is malformed or lacks a required field
	 */
	@SuppressWarnings("unchecked")
	public <T extends RefineryEvent> T read(String ceType, String json) {
		EventType type = EventType.fromCeType(ceType);
		return json == null ? null : (T) mapper.readValue(json, type.recordType());
	}

	/** Reads a UTF-8 payload as the given event type; {@code null} for {@code null}. */
	public RefineryEvent read(EventType type, byte[] json) {
		return json == null ? null : mapper.readValue(json, type.recordType());
	}

}
