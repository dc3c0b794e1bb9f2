package org.refinery.backlog.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A refinement session of one product. {@code representatives} maps each participating team to
 * the people who speak for it; {@code agenda} lists the items to refine, in order.
 */
public record Session(UUID id, UUID productId, String productKey, String title, String facilitator,
		Instant startsAt, SessionStatus status, Map<String, Set<String>> representatives, List<UUID> agenda,
		List<Outcome> outcomes, long version) {

	public Session {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
		representatives = Map.copyOf(representatives);
		agenda = List.copyOf(agenda);
		outcomes = List.copyOf(outcomes);
	}

	/** Records a decision; the first one opens the session. */
	public Session withOutcome(Outcome outcome) {
		requireNotClosed();
		var all = new java.util.ArrayList<>(outcomes);
		all.add(outcome);
		return new Session(id, productId, productKey, title, facilitator, startsAt, SessionStatus.OPEN,
				representatives, agenda, all, version + 1);
	}

	/**
	 * Closes the session. It must have heard at least {@code minimumTeams} teams, each through at
	 * least one representative: that is what makes refinement cross-team.
	 */
	public Session closed(int minimumTeams) {
		requireNotClosed();
		long represented = representatives.values().stream().filter(people -> !people.isEmpty()).count();
		if (represented < minimumTeams) {
			throw new SessionRuleViolation("A session closes only with representatives of at least " + minimumTeams
					+ " teams; this one had " + represented, false);
		}
		return new Session(id, productId, productKey, title, facilitator, startsAt, SessionStatus.CLOSED,
				representatives, agenda, outcomes, version + 1);
	}

	private void requireNotClosed() {
		if (status == SessionStatus.CLOSED) {
			throw new SessionRuleViolation("The session \"" + title + "\" is closed", true);
		}
	}

}
