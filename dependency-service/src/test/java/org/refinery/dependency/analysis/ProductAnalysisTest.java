package org.refinery.dependency.analysis;

import org.junit.jupiter.api.Test;
import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.backlog.ItemStatus;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.DependencyType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProductAnalysisTest {

	static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

	static final UUID PRODUCT = UUID.randomUUID();

	static BacklogItem item(int number, String team, String rank, ItemStatus status, String estimate) {
		return new BacklogItem(UUID.nameUUIDFromBytes(("PAY-" + number).getBytes()), PRODUCT, "PAY", "PAY-" + number,
				team, rank, status, estimate == null ? null : new BigDecimal(estimate), 1);
	}

	static Dependency needs(BacklogItem dependent, BacklogItem prerequisite, DependencyType type, int ageDays) {
		return new Dependency(UUID.randomUUID(), PRODUCT, "PAY",
				new Dependency.End(dependent.id(), dependent.key(), dependent.teamKey()),
				new Dependency.End(prerequisite.id(), prerequisite.key(), prerequisite.teamKey()), type,
				DependencyStatus.IDENTIFIED, null, null, null, NOW.minus(Duration.ofDays(ageDays)), "tess", null, null,
				null, false, 1);
	}

	// Checkout's PAY-1 (rank a) needs Ledger's PAY-2 (rank c), which needs Ledger's PAY-3 (rank b);
	// Fraud's PAY-4 needs PAY-2 as well, and merely relates to PAY-1.
	final BacklogItem p1 = item(1, "PAY-CHECKOUT", "a", ItemStatus.READY, "5");

	final BacklogItem p2 = item(2, "PAY-LEDGER", "c", ItemStatus.IN_REFINEMENT, "8");

	final BacklogItem p3 = item(3, "PAY-LEDGER", "b", ItemStatus.READY, "3");

	final BacklogItem p4 = item(4, "PAY-FRAUD", "d", ItemStatus.DRAFT, "1");

	final List<Dependency> open = List.of(needs(p1, p2, DependencyType.BLOCKS, 10),
			needs(p2, p3, DependencyType.BLOCKS, 3), needs(p4, p2, DependencyType.BLOCKS, 1),
			needs(p4, p1, DependencyType.RELATES, 0));

	ProductAnalysis analysis() {
		return ProductAnalysis.of("PAY", List.of(p1, p2, p3, p4), open, NOW);
	}

	@Test
	void layersFollowTheBlockingChainsAndThereIsNoCycle() {
		assertThat(analysis().cycles()).isEmpty();
		assertThat(analysis().layers()).extracting(layer -> layer.stream().map(ItemRef::itemKey).sorted().toList())
			.containsExactly(List.of("PAY-3"), List.of("PAY-2"), List.of("PAY-1", "PAY-4"));
	}

	@Test
	void theCriticalPathIsTheHeaviestUnfinishedChainInPoints() {
		var path = analysis().criticalPath();

		assertThat(path.items()).extracting(ItemRef::itemKey).containsExactly("PAY-3", "PAY-2", "PAY-1");
		assertThat(path.points()).isEqualByComparingTo("16");
	}

	@Test
	void finishedWorkAddsNothingToTheCriticalPath() {
		var done = item(3, "PAY-LEDGER", "b", ItemStatus.DONE, "3");

		var path = ProductAnalysis.of("PAY", List.of(p1, p2, done, p4), open, NOW).criticalPath();

		assertThat(path.points()).isEqualByComparingTo("13");
	}

	@Test
	void blockedItemsWaitForUnfinishedPrerequisitesInBacklogOrder() {
		assertThat(analysis().blockedItems()).extracting(blocked -> blocked.item().itemKey())
			.containsExactly("PAY-1", "PAY-2", "PAY-4");
		assertThat(analysis().blockedItems().get(0).waitingFor()).extracting(ItemRef::itemKey)
			.containsExactly("PAY-2");
	}

	@Test
	void aDependentRankedAheadOrReadyBeforeItsPrerequisiteIsAnOrderingConflict() {
		assertThat(analysis().orderingConflicts()).extracting(c -> c.kind() + " " + c.dependent().itemKey() + "->"
				+ c.prerequisite().itemKey())
			.containsExactlyInAnyOrder("RANKED_AHEAD PAY-1->PAY-2", "READY_BEFORE_PREREQUISITE PAY-1->PAY-2");
	}

	@Test
	void theTeamMatrixCountsEveryOpenDependencyAndHotspotsOnlyCrossTeamOnes() {
		assertThat(analysis().teamMatrix()).isEqualTo(Map.of("PAY-CHECKOUT", Map.of("PAY-LEDGER", 1), "PAY-LEDGER",
				Map.of("PAY-LEDGER", 1), "PAY-FRAUD", Map.of("PAY-LEDGER", 1, "PAY-CHECKOUT", 1)));
		assertThat(analysis().hotspots()).containsExactly(new ProductAnalysis.Hotspot("PAY-LEDGER", 2, 2),
				new ProductAnalysis.Hotspot("PAY-CHECKOUT", 1, 1));
		assertThat(analysis().openDependencies()).isEqualTo(4);
		assertThat(analysis().oldestOpenDays()).isEqualTo(10);
	}

	@Test
	void openDependenciesAreBucketedByWholeDaysSinceIdentifiedPerProductAndPerTeamTakingPart() {
		var aged = List.of(needs(p1, p2, DependencyType.BLOCKS, 0), needs(p2, p3, DependencyType.BLOCKS, 13),
				needs(p4, p2, DependencyType.BLOCKS, 14), needs(p4, p1, DependencyType.RELATES, 29),
				needs(p1, p3, DependencyType.RELATES, 30), needs(p3, p4, DependencyType.RELATES, 45));

		var analysis = ProductAnalysis.of("PAY", List.of(p1, p2, p3, p4), aged, NOW);

		assertThat(analysis.openAges().unit()).isEqualTo("days");
		assertThat(analysis.openAges().buckets()).containsExactly(new OpenAges.Bucket("under-14d", 0, 14, 2),
				new OpenAges.Bucket("14-30d", 14, 30, 2), new OpenAges.Bucket("over-30d", 30, null, 2));
		assertThat(analysis.openAges().oldestDays()).isEqualTo(45);
		// Checkout takes part in 0 (PAY-1->2), 29 (4->1) and 30 (1->3); Ledger in 0, 13, 14, 30, 45.
		assertThat(analysis.openAgesByTeam()).containsOnlyKeys("PAY-CHECKOUT", "PAY-FRAUD", "PAY-LEDGER");
		assertThat(analysis.openAgesByTeam().get("PAY-CHECKOUT").buckets()).extracting(OpenAges.Bucket::dependencies)
			.containsExactly(1, 1, 1);
		assertThat(analysis.openAgesByTeam().get("PAY-LEDGER").buckets()).extracting(OpenAges.Bucket::dependencies)
			.containsExactly(2, 1, 2);
		assertThat(analysis.openAgesByTeam().get("PAY-LEDGER").oldestDays()).isEqualTo(45);
		assertThat(analysis.openAgesByTeam().get("PAY-FRAUD").buckets()).extracting(OpenAges.Bucket::dependencies)
			.containsExactly(0, 2, 1);
	}

	@Test
	void withoutOpenDependenciesEveryAgeBucketIsStatedEmpty() {
		var analysis = ProductAnalysis.of("PAY", List.of(p1, p2), List.of(), NOW);

		assertThat(analysis.openAges().buckets()).extracting(OpenAges.Bucket::dependencies).containsExactly(0, 0, 0);
		assertThat(analysis.openAges().oldestDays()).isZero();
		assertThat(analysis.openAgesByTeam()).isEmpty();
	}

	@Test
	void anImportedCycleIsReportedWithItsItemsAndLeftOutOfTheLayers() {
		var cyclic = List.of(needs(p1, p2, DependencyType.BLOCKS, 1), needs(p2, p1, DependencyType.BLOCKS, 1),
				needs(p4, p3, DependencyType.BLOCKS, 1));

		var analysis = ProductAnalysis.of("PAY", List.of(p1, p2, p3, p4), cyclic, NOW);

		assertThat(analysis.cycles()).singleElement()
			.satisfies(cycle -> assertThat(cycle).extracting(ItemRef::itemKey).containsExactlyInAnyOrder("PAY-1", "PAY-2"));
		assertThat(analysis.layers().stream().flatMap(List::stream).map(ItemRef::itemKey))
			.containsExactlyInAnyOrder("PAY-3", "PAY-4");
	}

}
