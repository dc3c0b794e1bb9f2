package org.refinery.devstack.seed;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOrganisationTest {

	private static final LocalDate ANCHOR = LocalDate.of(2026, 12, 6);

	private final DemoOrganisation organisation = DemoOrganisation.generate(DemoOrganisation.DEFAULT_SEED, ANCHOR);

	@Test
	void the_same_seed_always_generates_the_same_organisation() {
		assertThat(DemoOrganisation.generate(DemoOrganisation.DEFAULT_SEED, ANCHOR)).isEqualTo(organisation);
	}

	@Test
	void another_seed_generates_another_backlog() {
		assertThat(DemoOrganisation.generate(7L, ANCHOR).items()).isNotEqualTo(organisation.items());
	}

	@Test
	void two_products_share_twelve_teams_of_both_workflows() {
		assertThat(organisation.products()).extracting(DemoProduct::key).containsExactly("PAY", "SHOP");
		assertThat(organisation.teams()).hasSize(12);
		assertThat(organisation.teams().stream().collect(Collectors.groupingBy(DemoTeam::productKey, Collectors.counting())))
			.containsEntry("PAY", 6L)
			.containsEntry("SHOP", 6L);
		assertThat(organisation.teams()).extracting(DemoTeam::workflow).contains("SCRUM", "KANBAN");
	}

	@Test
	void about_four_hundred_items_with_unique_titles_per_product_and_parents_that_come_first() {
		assertThat(organisation.items()).hasSize(400);
		for (DemoProduct product : organisation.products()) {
			var titles = organisation.itemsOf(product.key()).stream().map(DemoItem::title).toList();
			assertThat(titles).doesNotHaveDuplicates();
		}
		Set<String> seen = new HashSet<>();
		for (DemoItem item : organisation.items()) {
			if (item.parentRef() != null) {
				assertThat(seen).as("parent of %s created before it", item.ref()).contains(item.parentRef());
			}
			seen.add(item.ref());
		}
	}

	@Test
	void items_are_at_realistic_states_and_meet_the_definition_of_ready_once_ready() {
		Map<ItemStatus, Long> byStatus = organisation.items()
			.stream()
			.collect(Collectors.groupingBy(DemoItem::status, Collectors.counting()));
		assertThat(byStatus.keySet()).containsExactlyInAnyOrder(ItemStatus.values());
		assertThat(byStatus.get(ItemStatus.DONE)).isBetween(140L, 200L);
		assertThat(byStatus.get(ItemStatus.REMOVED)).isEqualTo(6L);
		organisation.items()
			.stream()
			.filter(item -> item.status().ordinal() >= ItemStatus.READY.ordinal() && item.status() != ItemStatus.REMOVED)
			.forEach(item -> {
				assertThat(item.estimate()).as("estimate of %s", item.ref()).isNotNull();
				assertThat(item.acceptanceCriteria()).as("criteria of %s", item.ref()).isNotEmpty();
				assertThat(item.teamKey()).as("owning team of %s", item.ref()).isNotNull();
			});
		assertThat(organisation.items().stream().filter(item -> item.status() == ItemStatus.REMOVED))
			.allSatisfy(item -> assertThat(item.removalReason()).isNotBlank());
	}

	@Test
	void about_sixty_dependencies_between_unfinished_work_of_two_teams_of_one_product_and_never_a_blocks_cycle() {
		assertThat(organisation.dependencies()).hasSize(DemoOrganisation.DEPENDENCIES);
		Map<String, DemoItem> items = organisation.items().stream().collect(Collectors.toMap(DemoItem::ref, Function.identity()));
		assertThat(organisation.dependencies()).allSatisfy(dependency -> {
			assertThat(items.get(dependency.dependentRef()).teamKey())
				.isNotEqualTo(items.get(dependency.prerequisiteRef()).teamKey());
			assertThat(items.get(dependency.dependentRef()).productKey())
				.isEqualTo(items.get(dependency.prerequisiteRef()).productKey());
			assertThat(items.get(dependency.dependentRef()).status().open()).isTrue();
			assertThat(items.get(dependency.prerequisiteRef()).status().open()).isTrue();
		});
		assertThat(organisation.dependencies()).extracting(DemoDependency::type).contains("BLOCKS", "RELATES");
		assertThat(blocksCycle(organisation.dependencies())).isFalse();
	}

	@Test
	void goals_form_a_strategy_tree_and_links_point_at_product_goals_of_the_same_product() {
		Map<String, DemoGoal> goals = organisation.goals().stream().collect(Collectors.toMap(DemoGoal::ref, Function.identity()));
		assertThat(organisation.goals()).extracting(DemoGoal::level).contains("OBJECTIVE", "THEME", "PRODUCT_GOAL");
		for (int i = 0; i < organisation.goals().size(); i++) {
			DemoGoal goal = organisation.goals().get(i);
			if (goal.parentRef() != null) {
				assertThat(organisation.goals().subList(0, i)).extracting(DemoGoal::ref).contains(goal.parentRef());
			}
		}
		Map<String, DemoItem> items = organisation.items().stream().collect(Collectors.toMap(DemoItem::ref, Function.identity()));
		assertThat(organisation.links()).hasSizeGreaterThan(150).allSatisfy(link -> {
			DemoGoal goal = goals.get(link.goalRef());
			assertThat(goal.level()).isEqualTo("PRODUCT_GOAL");
			assertThat(goal.productKey()).isEqualTo(items.get(link.itemRef()).productKey());
		});
		assertThat(organisation.links().size()).isLessThan(organisation.items().size());
	}

	@Test
	void every_team_has_an_imported_history_before_its_done_items_at_their_pace_and_each_product_a_few_sessions() {
		Map<String, List<ThroughputPeriod>> byTeam = organisation.throughput()
			.stream()
			.collect(Collectors.groupingBy(ThroughputPeriod::teamKey));
		assertThat(byTeam).hasSize(12).allSatisfy((team, periods) -> {
			boolean daily = periods.getFirst().periodStart().equals(periods.getFirst().periodEnd());
			assertThat(periods.size()).as("Sprints or days of %s", team)
				.isBetween(daily ? ThroughputGenerator.DAYS : ThroughputGenerator.SPRINTS,
						daily ? ThroughputGenerator.DAYS + 28 * CompletionGenerator.PERIODS
								: ThroughputGenerator.SPRINTS + CompletionGenerator.PERIODS);
		});
		assertThat(organisation.throughput()).allSatisfy(period -> {
			assertThat(period.items()).isNotNegative();
			assertThat(period.periodEnd()).isAfterOrEqualTo(period.periodStart());
		});
		assertThat(organisation.sessions()).hasSize(8).allSatisfy(session -> {
			assertThat(session.representatives()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(session.agendaRefs()).isNotEmpty();
			assertThat(session.outcomes()).hasSize(session.held() ? session.agendaRefs().size() : 0);
		});
		assertThat(organisation.sessions().stream().filter(DemoSession::held)).hasSize(6);
	}

	private static boolean blocksCycle(List<DemoDependency> dependencies) {
		Map<String, List<String>> edges = new HashMap<>();
		dependencies.stream()
			.filter(DemoDependency::blocks)
			.forEach(d -> edges.computeIfAbsent(d.prerequisiteRef(), key -> new java.util.ArrayList<>()).add(d.dependentRef()));
		Set<String> done = new HashSet<>();
		Set<String> onPath = new HashSet<>();
		for (String start : edges.keySet()) {
			if (reachesBack(start, edges, done, onPath)) {
				return true;
			}
		}
		return false;
	}

	private static boolean reachesBack(String node, Map<String, List<String>> edges, Set<String> done, Set<String> onPath) {
		if (onPath.contains(node)) {
			return true;
		}
		if (!done.add(node)) {
			return false;
		}
		onPath.add(node);
		for (String next : edges.getOrDefault(node, List.of())) {
			if (reachesBack(next, edges, done, onPath)) {
				return true;
			}
		}
		onPath.remove(node);
		return false;
	}

}
