package org.refinery.membership;

import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.products.ProductMember;
import org.refinery.contracts.backlog.products.ProductMembersChanged;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces a product's members from each {@link ProductMembersChanged}; every other event on the
 * products topic belongs to the service's own listeners. Its own consumer group, so it sees every
 * partition of the topic whatever other listeners of the service read (see the package docs).
 */
class ProductMembersIn {

	private final ReplicatedMemberships memberships;

	ProductMembersIn(ReplicatedMemberships memberships) {
		this.memberships = memberships;
	}

	@KafkaListener(topics = Topics.BACKLOG_PRODUCTS, groupId = "${spring.application.name}-members")
	void on(RefineryEvent event) {
		if (event instanceof ProductMembersChanged changed) {
			memberships.replace(changed.productKey(), changed.aggregateVersion(), byUsername(changed));
		}
	}

	static Map<String, List<Membership>> byUsername(ProductMembersChanged changed) {
		Map<String, List<Membership>> members = new LinkedHashMap<>();
		for (ProductMember member : changed.members()) {
			members.computeIfAbsent(member.username(), username -> new ArrayList<>())
				.add(new Membership(changed.productKey(), MemberRole.valueOf(member.role().name()), member.teamKey()));
		}
		return members;
	}

}
