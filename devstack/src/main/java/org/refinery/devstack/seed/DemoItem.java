package org.refinery.devstack.seed;

import java.util.List;

/**
 * A backlog item. {@code ref} identifies it inside the generated data (the service assigns the
 * real id and key); the seeder matches existing items by product and title.
 */
record DemoItem(String ref, String productKey, String type, String title, String description,
		List<String> acceptanceCriteria, Integer estimate, String teamKey, List<String> contributingTeamKeys,
		String parentRef, ItemStatus status, String removalReason) {

	DemoItem {
		acceptanceCriteria = List.copyOf(acceptanceCriteria);
		contributingTeamKeys = List.copyOf(contributingTeamKeys);
	}

}
