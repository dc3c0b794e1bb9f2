package org.refinery.backlog.session.presence;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.session.presence.Presence.PresentPerson;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PresenceTest {

	final Map<String, Set<String>> representatives = Map.of("PAY-CHECKOUT", Set.of("tess", "pia"), "PAY-LEDGER",
			Set.of("theo"), "PAY-RISK", Set.of());

	@Test
	void eachPresentPersonComesWithTheTeamsTheyRepresentAndWhetherTheyFacilitate() {
		Presence presence = Presence.of(representatives, "paul", List.of("tess", "paul"));

		assertThat(presence.people()).containsExactly(new PresentPerson("paul", List.of(), true),
				new PresentPerson("tess", List.of("PAY-CHECKOUT"), false));
	}

	@Test
	void aTeamIsAbsentWhenNoneOfItsRepresentativesIsPresent() {
		Presence presence = Presence.of(representatives, "paul", List.of("pia"));

		assertThat(presence.teamsAbsent()).containsExactly("PAY-LEDGER", "PAY-RISK");
	}

	@Test
	void nobodyPresentLeavesEveryTeamAbsent() {
		Presence presence = Presence.of(representatives, "paul", List.of());

		assertThat(presence.people()).isEmpty();
		assertThat(presence.teamsAbsent()).containsExactly("PAY-CHECKOUT", "PAY-LEDGER", "PAY-RISK");
	}

}
