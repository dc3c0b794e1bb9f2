package org.refinery.devstack.kafka;

import org.refinery.contracts.Topics;

import java.util.List;
import java.util.stream.Stream;

/** The topics of the event contracts, each followed by its dead-letter topic. */
public final class EventTopics {

	private EventTopics() {
	}

	public static List<String> withDeadLetters() {
		return Topics.all().stream().flatMap(topic -> Stream.of(topic, Topics.dlt(topic))).toList();
	}

}
