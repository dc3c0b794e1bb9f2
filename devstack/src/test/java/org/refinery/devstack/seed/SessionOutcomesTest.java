package org.refinery.devstack.seed;

import org.junit.jupiter.api.Test;
import org.refinery.devstack.seed.DemoSession.Part;
import org.refinery.devstack.seed.DemoSession.SessionOutcome;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backlog service makes a recorded outcome true of its item or refuses it, so the generated
 * outcomes must carry what their kind claims and claim only what holds for the item.
 */
class SessionOutcomesTest {

	private final DemoOrganisation organisation = DemoOrganisation.generate(DemoOrganisation.DEFAULT_SEED,
			LocalDate.of(2026, 12, 6));

	private final Map<String, DemoItem> items = organisation.items()
		.stream()
		.collect(Collectors.toMap(DemoItem::ref, Function.identity()));

	private List<SessionOutcome> outcomes() {
		return organisation.sessions().stream().flatMap(session -> session.outcomes().stream()).toList();
	}

	@Test
	void theDemoRecordsEveryKindOfOutcomeButOnlyForItemsOnTheSessionsAgendaInItsOwnProduct() {
		assertThat(outcomes()).extracting(SessionOutcome::kind)
			.contains("CLARIFIED", "ESTIMATED", "SPLIT", "READY", "REMOVED");
		for (DemoSession session : organisation.sessions()) {
			assertThat(session.agendaRefs()).allSatisfy(ref -> assertThat(items.get(ref).productKey())
				.isEqualTo(session.productKey()));
			assertThat(session.outcomes()).extracting(SessionOutcome::itemRef)
				.containsExactlyElementsOf(session.held() ? session.agendaRefs() : List.of());
		}
	}

	@Test
	void noItemIsOnTwoAgendasSoNoItemIsSplitOrRemovedTwice() {
		var agendas = organisation.sessions().stream().flatMap(session -> session.agendaRefs().stream()).toList();
		assertThat(agendas).doesNotHaveDuplicates();
	}

	@Test
	void anEstimatedOutcomeCarriesTheItemsOwnEstimateAndOnlyItCarriesOne() {
		assertThat(outcomes()).allSatisfy(outcome -> {
			if ("ESTIMATED".equals(outcome.kind())) {
				assertThat(outcome.estimate()).isNotNull().isEqualTo(items.get(outcome.itemRef()).estimate());
			}
			else {
				assertThat(outcome.estimate()).isNull();
			}
		});
	}

	@Test
	void aSplitCarriesTwoToTwentyTitledChildrenWhoseTitlesNoGeneratedItemHas() {
		Set<String> titles = new HashSet<>(organisation.items().stream().map(DemoItem::title).toList());
		assertThat(outcomes()).allSatisfy(outcome -> {
			if ("SPLIT".equals(outcome.kind())) {
				assertThat(outcome.children()).hasSizeBetween(2, 20).allSatisfy(part -> {
					assertThat(part.type()).isIn("STORY", "ENABLER", "DEFECT");
					assertThat(part.title()).isNotBlank().hasSizeLessThanOrEqualTo(300);
					// Item seeding matches by title: a child must never pass for a generated item.
					assertThat(titles.add(part.title())).as("unique title %s", part.title()).isTrue();
				});
				assertThat(items.get(outcome.itemRef()).status()).isIn(ItemStatus.IN_REFINEMENT);
			}
			else {
				assertThat(outcome.children()).isEmpty();
			}
		});
	}

	@Test
	void readyIsRecordedOnlyForReadyItemsThatMeetEveryRuleOfTheDefinitionOfReady() {
		var ready = outcomes().stream().filter(outcome -> "READY".equals(outcome.kind())).toList();
		assertThat(ready).isNotEmpty().allSatisfy(outcome -> {
			DemoItem item = items.get(outcome.itemRef());
			assertThat(item.status()).isEqualTo(ItemStatus.READY);
			for (String rule : organisation.definitionOfReady().rules()) {
				assertThat(meets(item, rule)).as("%s meets %s", item.ref(), rule).isTrue();
			}
		});
	}

	@Test
	void everyRemovedItemIsRemovedByOneHeldSessionWithItsReasonAsTheNote() {
		var removed = organisation.items().stream().filter(item -> item.status() == ItemStatus.REMOVED).toList();
		var removals = outcomes().stream().filter(outcome -> "REMOVED".equals(outcome.kind())).toList();

		assertThat(removals).extracting(SessionOutcome::itemRef)
			.containsExactlyInAnyOrderElementsOf(removed.stream().map(DemoItem::ref).toList());
		assertThat(removals).allSatisfy(outcome -> assertThat(outcome.note()).isNotBlank()
			.isEqualTo(items.get(outcome.itemRef()).removalReason()));
		assertThat(removed).allSatisfy(item -> assertThat(organisation.removedBySession(item.ref())).isTrue());
		assertThat(organisation.removedBySession(organisation.items().getFirst().ref())).isFalse();
	}

	@Test
	void theRequestBodyCarriesTheEstimateOnlyForEstimatedAndTheChildrenOnlyForSplit() {
		var estimated = SessionSeeding.body(new SessionOutcome("PAY-9", "ESTIMATED", "estimated", 5, List.of()), "id-9");
		var split = SessionSeeding.body(new SessionOutcome("PAY-9", "SPLIT", "split", null,
				List.of(new Part("STORY", "A: the happy path"), new Part("STORY", "A: the rollout"))), "id-9");
		var clarified = SessionSeeding.body(new SessionOutcome("PAY-9", "CLARIFIED", "clarified", null, List.of()), "id-9");

		assertThat(estimated).containsOnlyKeys("itemId", "kind", "note", "estimate").containsEntry("estimate", 5);
		assertThat(split).containsOnlyKeys("itemId", "kind", "note", "children")
			.containsEntry("children", List.of(Map.of("type", "STORY", "title", "A: the happy path"),
					Map.of("type", "STORY", "title", "A: the rollout")));
		assertThat(clarified).containsOnlyKeys("itemId", "kind", "note").containsEntry("itemId", "id-9");
	}

	/** The rules the demo's Definition of Ready enables; an unknown rule fails, to be added here. */
	private static boolean meets(DemoItem item, String rule) {
		return switch (rule) {
			case "HAS_DESCRIPTION" -> item.description() != null && !item.description().isBlank();
			case "HAS_ACCEPTANCE_CRITERIA" -> !item.acceptanceCriteria().isEmpty();
			case "ESTIMATED" -> item.estimate() != null;
			case "TEAM_ASSIGNED" -> item.teamKey() != null;
			default -> false;
		};
	}

}
