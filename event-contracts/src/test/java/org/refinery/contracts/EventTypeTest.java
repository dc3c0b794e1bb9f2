package org.refinery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

	@Test
	void everyEventTypeHasAUniqueCeType() {
		assertThat(Arrays.stream(EventType.values()).map(EventType::ceType)).doesNotHaveDuplicates();
	}

	@Test
	void everyEventRecordHasExactlyOneEventType() {
		Set<Class<?>> registered = Arrays.stream(EventType.values())
			.map(EventType::recordType)
			.collect(Collectors.toSet());

		assertThat(registered).hasSize(EventType.values().length)
			.containsExactlyInAnyOrder(RefineryEvent.class.getPermittedSubclasses());
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void ceTypeIsALogicalNameNeverAJavaClassName(EventType type) {
		assertThat(type.ceType()).matches("refinery\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v1")
			.doesNotContain(type.recordType().getPackageName())
			.doesNotContain("org.refinery")
			.doesNotContain("contracts")
			.endsWith("." + type.recordType().getSimpleName() + ".v1");
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void eventIsPublishedOnATopicOfItsOwnArea(EventType type) {
		String area = type.ceType().split("\\.")[1];

		assertThat(Topics.all()).contains(type.topic());
		assertThat(type.topic()).startsWith("refinery." + area + ".");
	}

	@Test
	void everyTopicCarriesAtLeastOneEventType() {
		assertThat(Topics.all()).allSatisfy(topic -> assertThat(EventType.onTopic(topic)).isNotEmpty());
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void typeIsFoundByCeTypeAndByRecordClass(EventType type) {
		assertThat(EventType.fromCeType(type.ceType())).isSameAs(type);
		assertThat(EventType.findByCeType(type.ceType())).contains(type);
		assertThat(EventType.of(type.recordType())).isSameAs(type);
	}

	@Test
	void unknownCeTypeIsRejectedNamingTheType() {
		assertThatThrownBy(() -> EventType.fromCeType("refinery.backlog.ItemExploded.v1"))
			.isInstanceOf(UnknownEventTypeException.class)
			.hasMessageContaining("Unknown ce_type 'refinery.backlog.ItemExploded.v1'")
			.hasMessageContaining("v1 event catalog");
		assertThat(EventType.findByCeType("refinery.backlog.ItemExploded.v1")).isEmpty();
		assertThat(EventType.findByCeType(null)).isEmpty();
	}

	@Test
	void itemsTopicCarriesTheTenItemEvents() {
		assertThat(EventType.onTopic(Topics.BACKLOG_ITEMS)).hasSize(10)
			.allSatisfy(type -> assertThat(type.recordType().getSimpleName()).startsWith("Item"));
	}

}
