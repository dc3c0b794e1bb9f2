package org.refinery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.refinery.contracts.samples.EventSamples;

class EventValidationTest {

	static Stream<Arguments> envelopeFieldsOfEveryEvent() {
		return Stream.of(EventType.values())
			.flatMap(type -> Stream.of("eventId", "occurredAt", "aggregateId", "actor")
				.map(field -> Arguments.of(type, field)));
	}

	@ParameterizedTest(name = "{0} without {1}")
	@MethodSource("envelopeFieldsOfEveryEvent")
	void everyEventRejectsAMissingEnvelopeField(EventType type, String field) {
		Record sample = sample(type);

		assertThatThrownBy(() -> RecordComponents.copyWith(sample, field, null))
			.isInstanceOf(NullPointerException.class)
			.hasMessage(type.recordType().getSimpleName() + "." + field + " is required");
	}

	@ParameterizedTest
	@EnumSource(value = EventType.class, mode = EnumSource.Mode.EXCLUDE, names = { "GOAL_CREATED", "GOAL_UPDATED" })
	void everyEventExceptGoalsRejectsAMissingProductId(EventType type) {
		assertThatThrownBy(() -> RecordComponents.copyWith(sample(type), "productId", null))
			.isInstanceOf(NullPointerException.class)
			.hasMessage(type.recordType().getSimpleName() + ".productId is required");
	}

	@ParameterizedTest
	@EnumSource(value = EventType.class, names = { "GOAL_CREATED", "GOAL_UPDATED" })
	void goalEventsMayHaveNoProductBecauseObjectivesSpanProducts(EventType type) throws Throwable {
		assertThat(RecordComponents.copyWith(sample(type), "productId", null)).isNotNull();
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventRejectsAMissingState(EventType type) {
		Record sample = sample(type);
		String state = RecordComponents.stateComponent(sample);

		assertThatThrownBy(() -> RecordComponents.copyWith(sample, state, null))
			.isInstanceOf(NullPointerException.class)
			.hasMessage(type.recordType().getSimpleName() + "." + state + " is required");
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventRejectsAnAggregateIdThatIsNotItsStatesId(EventType type) {
		UUID other = UUID.fromString("00000000-0000-4000-8000-000000000001");

		assertThatThrownBy(() -> RecordComponents.copyWith(sample(type), "aggregateId", other))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(type.recordType().getSimpleName() + ".aggregateId " + other)
			.hasMessageContaining("must be the id of the carried state");
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventRejectsAVersionBelowOne(EventType type) {
		assertThatThrownBy(() -> RecordComponents.copyWith(sample(type), "aggregateVersion", 0L))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage(type.recordType().getSimpleName() + ".aggregateVersion must be at least 1, was 0");
	}

	private static Record sample(EventType type) {
		return (Record) EventSamples.event(type.ceType());
	}

}
