package org.refinery.dependency.tracking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.refinery.dependency.tracking.DependencyStatus.ACKNOWLEDGED;
import static org.refinery.dependency.tracking.DependencyStatus.REJECTED;
import static org.refinery.dependency.tracking.DependencyTest.CHECKOUT;
import static org.refinery.dependency.tracking.DependencyTest.LEDGER;
import static org.refinery.dependency.tracking.DependencyTest.NOW;
import static org.refinery.dependency.tracking.DependencyTest.VIEWER;
import static org.refinery.dependency.tracking.DependencyTest.identified;

class DependencyEditTest {

	@Test
	void anEditThatChangesNothingAnswersTheSameDependencyWithTheSameVersion() {
		var acknowledged = identified().movedTo(ACKNOWLEDGED, LEDGER, null, NOW);

		var same = acknowledged.edited(new DependencyEdit(ACKNOWLEDGED, null, "Sprint 7", null), LEDGER,
				NOW.plusSeconds(60));

		assertThat(same).isSameAs(acknowledged);
		assertThat(same.version()).isEqualTo(2);
		assertThat(acknowledged.edited(new DependencyEdit(null, null, null, null), CHECKOUT, NOW)).isSameAs(acknowledged);
	}

	@Test
	void repeatingTheReasonOfTheCurrentStatusIsNoChangeButANewReasonWithoutAMoveIsRefused() {
		var rejected = identified().movedTo(REJECTED, LEDGER, "No capacity", NOW);

		assertThat(rejected.edited(new DependencyEdit(REJECTED, " No capacity ", null, null), LEDGER, NOW))
			.isSameAs(rejected);
		assertThatExceptionOfType(DependencyRuleViolation.class)
			.isThrownBy(() -> rejected.edited(new DependencyEdit(REJECTED, "Other work", null, null), LEDGER, NOW))
			.withMessageContaining("already REJECTED");
	}

	@Test
	void aMoveWithANewNoteIsOneNewVersionAndTheHistoryNamesBothFields() {
		var before = identified();

		var after = before.edited(new DependencyEdit(ACKNOWLEDGED, null, null, "API first"), LEDGER, NOW);

		assertThat(after.version()).isEqualTo(2);
		assertThat(after.status()).isEqualTo(ACKNOWLEDGED);
		assertThat(after.note()).isEqualTo("API first");
		assertThat(DependencyDiff.between(before, after)).containsExactly(
				new FieldChange("status", "IDENTIFIED", "ACKNOWLEDGED"), new FieldChange("note", null, "API first"));
	}

	@Test
	void aBlankNeededByClearsItAndOnlyTheTeamsAndProductOwnersMayChangeIt() {
		assertThat(identified().edited(new DependencyEdit(null, null, " ", null), CHECKOUT, NOW).neededBy()).isNull();
		assertThatExceptionOfType(DependencyAccessDenied.class)
			.isThrownBy(() -> identified().edited(new DependencyEdit(null, null, "Sprint 9", null), VIEWER, NOW));
	}

	@Test
	void theIdentificationRevisionNamesEveryFieldItSet() {
		assertThat(DependencyDiff.between(null, identified())).extracting(FieldChange::field)
			.containsExactly("dependentItemKey", "prerequisiteItemKey", "type", "status", "neededBy",
					"dependentTeamKey", "prerequisiteTeamKey");
	}

}
