package org.refinery.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

	@Test
	void theEightTopicsOfTheDesignAreListed() {
		assertThat(Topics.all()).containsExactly("refinery.backlog.products.v1", "refinery.backlog.items.v1",
				"refinery.backlog.sessions.v1", "refinery.dependencies.v1", "refinery.alignment.goals.v1",
				"refinery.alignment.links.v1", "refinery.forecasts.v1", "refinery.imports.v1");
	}

	@Test
	void everyTopicIsVersioned() {
		assertThat(Topics.all()).allSatisfy(topic -> assertThat(topic).matches("refinery(\\.[a-z]+)+\\.v1"));
	}

	@Test
	void deadLettersGoToTheTopicWithDltSuffix() {
		assertThat(Topics.dlt(Topics.BACKLOG_ITEMS)).isEqualTo("refinery.backlog.items.v1-dlt");
	}

	@Test
	void topicsHaveTwelvePartitions() {
		assertThat(Topics.PARTITIONS).isEqualTo(12);
	}

}
