package org.refinery.system.fault;

import org.refinery.contracts.Topics;
import org.refinery.system.PlatformClient;
import org.refinery.system.PlatformKafka;
import org.refinery.system.SharedPlatform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashSet;
import java.util.Set;

/** Reads the whole items topic, as an auditor would, to count what was really delivered. */
final class ItemsTopic {

	private ItemsTopic() {
	}

	/**
	 * The item events of one product on the topic: all records, distinct event ids (a record with an
	 * id seen before is a duplicate delivery) and distinct item versions.
	 */
	record Delivered(long total, long distinctEvents, long distinct) {

		long duplicates() {
			return total - distinctEvents;
		}

	}

	static Delivered recordsOf(String productKey) {
		String productId = PlatformClient.json(SharedPlatform.as("paul").get("/api/backlog/products/" + productKey))
			.path("id")
			.asString();
		long total = 0;
		Set<String> events = new HashSet<>();
		Set<String> versions = new HashSet<>();
		for (var record : PlatformKafka.all(Topics.BACKLOG_ITEMS)) {
			JsonNode event = JsonMapper.shared().readTree(record.value());
			if (productId.equals(event.path("productId").asString())) {
				total++;
				events.add(event.path("eventId").asString());
				versions.add(event.path("aggregateId").asString() + "@" + event.path("aggregateVersion").asLong());
			}
		}
		return new Delivered(total, events.size(), versions.size());
	}

}
