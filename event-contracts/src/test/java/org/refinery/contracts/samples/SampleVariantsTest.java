package org.refinery.contracts.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.EventJson;
import org.refinery.contracts.RefineryEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frozen samples of values added to a released event type after its first sample: the first
 * sample never changes, so a new value gets a variant of its own.
 */
class SampleVariantsTest {

	private static final String GOAL_LINKED = "refinery.backlog.RefinementOutcomeRecorded.v1.GOAL_LINKED";

	private static final JsonMapper TREES = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final EventJson json = new EventJson();

	@Test
	void aGoalLinkedOutcomeWritesExactlyItsFrozenVariant() {
		assertThat(TREES.readTree(json.write(SessionFixtures.goalLinked())))
			.isEqualTo(TREES.readTree(EventSamples.variant(GOAL_LINKED)));
	}

	@Test
	void theGoalLinkedVariantReadsAsTheExpectedRecord() {
		RefineryEvent read = json.read("refinery.backlog.RefinementOutcomeRecorded.v1", EventSamples.variant(GOAL_LINKED));

		assertThat(read).isEqualTo(SessionFixtures.goalLinked());
	}

}
