package org.refinery.dependency.tracking;

import org.junit.jupiter.api.Test;
import org.refinery.membership.Caller;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.refinery.dependency.tracking.DependencyStatus.ACKNOWLEDGED;
import static org.refinery.dependency.tracking.DependencyStatus.IDENTIFIED;
import static org.refinery.dependency.tracking.DependencyStatus.REJECTED;
import static org.refinery.dependency.tracking.DependencyStatus.RESOLVED;
import static org.refinery.dependency.tracking.DependencyStatus.WITHDRAWN;

class DependencyTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final Caller CHECKOUT = member("tess", "PAY-CHECKOUT");

	static final Caller LEDGER = member("theo", "PAY-LEDGER");

	static final Caller OWNER = new Caller("p", "paul", false, false, true, Set.of("PAY"), Set.of());

	static final Caller VIEWER = new Caller("v", "vic", false, false, false, Set.of("PAY"), Set.of());

	static Caller member(String name, String team) {
		return new Caller(name, name, false, false, false, Set.of("PAY"), Set.of(team));
	}

	/** PAY-1 of Checkout needs PAY-2 of Ledger. */
	static Dependency identified() {
		return new Dependency(UUID.randomUUID(), UUID.randomUUID(), "PAY",
				new Dependency.End(UUID.randomUUID(), "PAY-1", "PAY-CHECKOUT"),
				new Dependency.End(UUID.randomUUID(), "PAY-2", "PAY-LEDGER"), DependencyType.BLOCKS, IDENTIFIED,
				"Sprint 7", null, null, NOW, "tess", null, null, null, false, 1);
	}

	@Test
	void thePrerequisiteTeamAcknowledgesAndWhoAndWhenAreRecorded() {
		var acknowledged = identified().movedTo(ACKNOWLEDGED, LEDGER, null, NOW);

		assertThat(acknowledged.status()).isEqualTo(ACKNOWLEDGED);
		assertThat(acknowledged.statusChangedBy()).isEqualTo("theo");
		assertThat(acknowledged.statusChangedAt()).isEqualTo(NOW);
		assertThat(acknowledged.version()).isEqualTo(2);
	}

	@Test
	void theDependentTeamCannotAcknowledgeOrRejectOnBehalfOfThePrerequisiteTeam() {
		assertThatExceptionOfType(DependencyAccessDenied.class)
			.isThrownBy(() -> identified().movedTo(ACKNOWLEDGED, CHECKOUT, null, NOW))
			.withMessageContaining("prerequisite team PAY-LEDGER");
		assertThatExceptionOfType(DependencyAccessDenied.class)
			.isThrownBy(() -> identified().movedTo(REJECTED, CHECKOUT, "no", NOW));
	}

	@Test
	void onlyTheDependentTeamOrAProductOwnerWithdraws() {
		assertThatExceptionOfType(DependencyAccessDenied.class)
			.isThrownBy(() -> identified().movedTo(WITHDRAWN, LEDGER, "not needed", NOW));

		assertThat(identified().movedTo(WITHDRAWN, CHECKOUT, "not needed", NOW).status()).isEqualTo(WITHDRAWN);
		assertThat(identified().movedTo(WITHDRAWN, OWNER, "not needed", NOW).status()).isEqualTo(WITHDRAWN);
	}

	@Test
	void eitherTeamResolvesButAViewerDoesNothing() {
		assertThat(identified().movedTo(RESOLVED, CHECKOUT, null, NOW).status()).isEqualTo(RESOLVED);
		assertThat(identified().movedTo(RESOLVED, LEDGER, null, NOW).status()).isEqualTo(RESOLVED);
		assertThatExceptionOfType(DependencyAccessDenied.class)
			.isThrownBy(() -> identified().movedTo(RESOLVED, VIEWER, null, NOW));
	}

	@Test
	void rejectingAndWithdrawingNeedAReason() {
		assertThatExceptionOfType(DependencyRuleViolation.class)
			.isThrownBy(() -> identified().movedTo(REJECTED, LEDGER, "  ", NOW))
			.withMessage("Moving a dependency to REJECTED needs a reason");
		assertThat(identified().movedTo(REJECTED, LEDGER, " no capacity ", NOW).statusReason())
			.isEqualTo("no capacity");
	}

	@Test
	void finalStatusesAllowNoMoveAndTheRefusalNamesTheAllowedMoves() {
		var resolved = identified().movedTo(RESOLVED, LEDGER, null, NOW);

		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> resolved.movedTo(ACKNOWLEDGED, LEDGER, null, NOW))
			.satisfies(ex -> assertThat(ex.allowed()).isEmpty());
		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> identified().movedTo(IDENTIFIED, OWNER, null, NOW))
			.satisfies(ex -> assertThat(ex.allowed()).containsExactlyInAnyOrder(ACKNOWLEDGED, RESOLVED, REJECTED,
					WITHDRAWN));
	}

	@Test
	void anAcknowledgedDependencyCanStillBeResolvedRejectedOrWithdrawn() {
		assertThat(ACKNOWLEDGED.next()).containsExactlyInAnyOrder(RESOLVED, REJECTED, WITHDRAWN);
		assertThat(ACKNOWLEDGED.open()).isTrue();
		assertThat(RESOLVED.open()).isFalse();
	}

	@Test
	void theServiceResolvesAnOpenDependencyButNotAClosedOne() {
		var resolved = identified().resolvedBy("dependency-service", "Prerequisite PAY-2 is DONE", NOW);

		assertThat(resolved.status()).isEqualTo(RESOLVED);
		assertThat(resolved.statusReason()).isEqualTo("Prerequisite PAY-2 is DONE");
		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> resolved.resolvedBy("dependency-service", "again", NOW));
	}

	@Test
	void anItemCannotDependOnItself() {
		UUID item = UUID.randomUUID();
		assertThatExceptionOfType(DependencyRuleViolation.class).isThrownBy(() -> new Dependency(UUID.randomUUID(),
				UUID.randomUUID(), "PAY", new Dependency.End(item, "PAY-1", null), new Dependency.End(item, "PAY-1", null),
				DependencyType.RELATES, IDENTIFIED, null, null, null, NOW, "tess", null, null, null, false, 1));
	}

	@Test
	void aDependencyFollowsItsItemToAnotherTeamAndTheNewTeamDecides() {
		var before = identified();

		var after = before.reassigned(before.prerequisite().itemId(), "PAY-FRAUD");

		assertThat(after.prerequisite().teamKey()).isEqualTo("PAY-FRAUD");
		assertThat(after.dependent().teamKey()).isEqualTo("PAY-CHECKOUT");
		assertThat(after.version()).isEqualTo(2);
		assertThat(new DependencyChanged(before, after, Actor.SERVICE).changedFields())
			.containsExactly("prerequisiteTeamKey");
		assertThatExceptionOfType(DependencyAccessDenied.class)
			.isThrownBy(() -> after.movedTo(ACKNOWLEDGED, LEDGER, null, NOW));
	}

	@Test
	void flaggingARemovedPrerequisiteKeepsStatusAndVersion() {
		var flagged = identified().withPrerequisiteRemoved(true);

		assertThat(flagged.prerequisiteRemoved()).isTrue();
		assertThat(flagged.status()).isEqualTo(IDENTIFIED);
		assertThat(flagged.version()).isEqualTo(1);
	}

}
