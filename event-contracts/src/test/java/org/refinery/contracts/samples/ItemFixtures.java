package org.refinery.contracts.samples;

import static org.refinery.contracts.samples.SampleValues.PAUL;
import static org.refinery.contracts.samples.SampleValues.PAY;
import static org.refinery.contracts.samples.SampleValues.PAY_42;
import static org.refinery.contracts.samples.SampleValues.PAY_45;
import static org.refinery.contracts.samples.SampleValues.PAY_46;
import static org.refinery.contracts.samples.SampleValues.PAY_47;
import static org.refinery.contracts.samples.SampleValues.PAY_48;
import static org.refinery.contracts.samples.SampleValues.PAY_7_EPIC;
import static org.refinery.contracts.samples.SampleValues.TESS;
import static org.refinery.contracts.samples.SampleValues.THEO;
import static org.refinery.contracts.samples.SampleValues.at;
import static org.refinery.contracts.samples.SampleValues.id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.refinery.contracts.backlog.items.ItemAssigned;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemEstimated;
import org.refinery.contracts.backlog.items.ItemRefined;
import org.refinery.contracts.backlog.items.ItemRemoved;
import org.refinery.contracts.backlog.items.ItemReranked;
import org.refinery.contracts.backlog.items.ItemRestored;
import org.refinery.contracts.backlog.items.ItemSplit;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.contracts.backlog.items.ItemType;

/**
 * The expected records of the {@code refinery.backlog.items.v1} samples, following the life of
 * {@code PAY-42} (a Checkout story with help from Ledger) plus a removed and a split item.
 * Readiness is in {@link ReadinessFixtures}.
 */
final class ItemFixtures {

	static final String TITLE_42 = "Pay with a saved card in one tap";

	private ItemFixtures() {
	}

	static ItemCreated itemCreated() {
		return new ItemCreated(id("edde6275-59ac-4747-882c-b6a050e69acd"), at("2026-02-17T09:12:00Z"), PAY, PAY_42, 1,
				PAUL, pay42(1, "Pay with saved card", null, null, Set.of(), "m", ItemStatus.DRAFT, false, 0, null));
	}

	static ItemRefined itemRefined() {
		return new ItemRefined(id("00c436f5-e926-4ca0-9dff-32d4ede1e3af"), at("2026-02-18T14:40:00Z"), PAY, PAY_42, 2,
				TESS, pay42(2, TITLE_42, null, null, Set.of(), "m", ItemStatus.IN_REFINEMENT, false, 3, null),
				Set.of("title", "description", "acceptanceCriteria"));
	}

	static ItemEstimated itemEstimated() {
		return new ItemEstimated(id("212ead6e-7595-4d2f-800b-3a5aa9b06acc"), at("2026-02-18T15:05:00Z"), PAY, PAY_42, 3,
				TESS, pay42(3, TITLE_42, new BigDecimal("5"), null, Set.of(), "m", ItemStatus.IN_REFINEMENT, false, 3,
						null),
				null, new BigDecimal("5"));
	}

	static ItemAssigned itemAssigned() {
		return new ItemAssigned(id("85c41620-919b-453f-a9e4-37ac24521991"), at("2026-02-18T15:10:00Z"), PAY, PAY_42, 4,
				PAUL, pay42(4, TITLE_42, new BigDecimal("5"), "PAY-CHECKOUT", Set.of("PAY-LEDGER"), "m",
						ItemStatus.IN_REFINEMENT, false, 3, null),
				null, "PAY-CHECKOUT", Set.of(), Set.of("PAY-LEDGER"));
	}

	static ItemReranked itemReranked() {
		return new ItemReranked(id("3b74eb57-de7e-429e-9227-3f5f0a803b9a"), at("2026-03-02T11:00:00Z"), PAY, PAY_42, 7,
				PAUL, pay42(7, TITLE_42, new BigDecimal("5"), "PAY-CHECKOUT", Set.of("PAY-LEDGER"), "c",
						ItemStatus.READY, true, 3, null),
				"m", "c");
	}

	static ItemStatusChanged itemStatusChanged() {
		Instant done = at("2026-03-26T16:45:00Z");
		return new ItemStatusChanged(id("5880b058-fb3b-4890-b462-a7a34e4464d4"), done, PAY, PAY_42, 10, THEO,
				pay42(10, TITLE_42, new BigDecimal("5"), "PAY-CHECKOUT", Set.of("PAY-LEDGER"), "c", ItemStatus.DONE,
						true, 3, done),
				ItemStatus.IN_PROGRESS, ItemStatus.DONE);
	}

	static ItemSplit itemSplit() {
		var parent = new ItemState(PAY_46, PAY, "PAY", "PAY-46", ItemType.FEATURE, "Refunds for card payments", null,
				"PAY-CHECKOUT", Set.of(), PAY_7_EPIC, "k", ItemStatus.IN_REFINEMENT, false, 2, null, 3);
		return new ItemSplit(id("c08c2498-bcde-4243-acaf-cfe1420c01b3"), at("2026-03-04T14:20:00Z"), PAY, PAY_46, 3,
				TESS, parent, PAY_46, List.of(PAY_47, PAY_48));
	}

	static ItemRemoved itemRemoved() {
		return new ItemRemoved(id("70ec86ff-ec18-4e3f-bdf7-edc89fe01384"), at("2026-03-04T14:35:00Z"), PAY, PAY_45, 4,
				PAUL, pay45(4, ItemStatus.REMOVED), ItemStatus.DRAFT,
				"Superseded by PAY-42: returning customers no longer need a wallet export");
	}

	static ItemRestored itemRestored() {
		return new ItemRestored(id("673abd34-1867-4419-b559-4ba707270237"), at("2026-03-09T08:50:00Z"), PAY, PAY_45, 5,
				PAUL, pay45(5, ItemStatus.DRAFT));
	}

	static ItemState pay42(long version, String title, BigDecimal estimate, String teamKey, Set<String> contributors,
			String rank, ItemStatus status, boolean ready, int criteria, Instant completedAt) {
		return new ItemState(PAY_42, PAY, "PAY", "PAY-42", ItemType.STORY, title, estimate, teamKey, contributors,
				PAY_7_EPIC, rank, status, ready, criteria, completedAt, version);
	}

	private static ItemState pay45(long version, ItemStatus status) {
		return new ItemState(PAY_45, PAY, "PAY", "PAY-45", ItemType.FEATURE, "Export the card wallet as CSV",
				new BigDecimal("8"), "PAY-LEDGER", Set.of(), null, "t", status, false, 1, null, version);
	}

}
