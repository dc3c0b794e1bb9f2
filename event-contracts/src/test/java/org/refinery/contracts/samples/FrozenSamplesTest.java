package org.refinery.contracts.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.refinery.contracts.EventJson;
import org.refinery.contracts.EventType;
import org.refinery.contracts.RefineryEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FrozenSamplesTest {

	private static final JsonMapper TREES = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final EventJson json = new EventJson();

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventTypeHasAFrozenSample(EventType type) {
		assertThat(EventSamples.exists(type.ceType()))
			.as("no sample %s%s.json; the record writes as:%n%s", EventSamples.FOLDER, type.ceType(),
					json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ExpectedEvents.of(type)))
			.isTrue();
	}

	@Test
	void everyFrozenSampleNamesARegisteredEventType() throws IOException, URISyntaxException {
		Path folder = Path.of(EventSamples.class.getClassLoader().getResource(EventSamples.FOLDER).toURI());
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map(file -> file.getFileName().toString()))
				.allSatisfy(name -> assertThat(name).endsWith(".json"))
				.map(name -> name.substring(0, name.length() - ".json".length()))
				.containsExactlyInAnyOrderElementsOf(EventSamples.ceTypes());
		}
		assertThat(EventSamples.ceTypes()).hasSize(EventType.values().length);
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void expectedRecordIsOfTheRegisteredRecordType(EventType type) {
		assertThat(ExpectedEvents.of(type)).isInstanceOf(type.recordType());
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void recordWritesExactlyItsFrozenSample(EventType type) {
		assertThat(tree(json.write(ExpectedEvents.of(type)))).isEqualTo(tree(EventSamples.json(type)));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void frozenSampleReadsAsTheExpectedRecord(EventType type) {
		RefineryEvent read = json.read(type.ceType(), EventSamples.json(type));

		assertThat(read).isEqualTo(ExpectedEvents.of(type));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void samplesLoadByRecordClassForConsumerTests(EventType type) {
		assertThat(EventSamples.event(type.recordType())).isEqualTo(ExpectedEvents.of(type));
	}

	private static JsonNode tree(String text) {
		return TREES.readTree(text);
	}

}
