package org.refinery.backlog.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A refinement session of one product. {@code representatives} maps each participating team to
 * the people who speak for it; {@code agenda} lists the items to refine, in order; {@code ending}
 * says how it ended, null until then. A correction that changes nothing yields the same session,
 * so that it costs no version: others holding this version must not get a false 412.
 */
public record Session(UUID id, UUID productId, String productKey, String title, String facilitator,
		Instant startsAt, SessionStatus status, Map<String, Set<String>> representatives, List<UUID> agenda,
		List<Outcome> outcomes, Ending ending, long version) {

	public Session {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
		representatives = Map.copyOf(representatives);
		agenda = List.copyOf(agenda);
		outcomes = List.copyOf(outcomes);
	}

	public Session(UUID id, UUID productId, String productKey, String title, String facilitator, Instant startsAt,
			SessionStatus status, Map<String, Set<String>> representatives, List<UUID> agenda, List<Outcome> outcomes,
			long version) {
		this(id, productId, productKey, title, facilitator, startsAt, status, representatives, agenda, outcomes, null,
				version);
	}

	/**
	 * Corrects what was planned. Items may join the agenda at any time before the end, but an
	 * item the session already decided about stays on it, or its outcome would refer to nothing.
	 */
	public Session edited(SessionEdit edit) {
		requireNotOver();
		List<UUID> newAgenda = edit.agenda() == null ? agenda : List.copyOf(edit.agenda());
		outcomes.stream().map(Outcome::itemId).filter(item -> !newAgenda.contains(item)).findFirst().ifPresent(item -> {
			throw new SessionRuleViolation("Item " + item + " has an outcome in this session and stays on its agenda",
					false);
		});
		Session after = new Session(id, productId, productKey, or(edit.title(), title), or(edit.facilitator(), facilitator),
				or(edit.startsAt(), startsAt), status, or(edit.representatives(), representatives), newAgenda, outcomes,
				ending, version + 1);
		return after.changedFrom(this).isEmpty() ? this : after;
	}

	/** The planned fields that differ from {@code before}, by their API names. */
	public Set<String> changedFrom(Session before) {
		Set<String> changed = new TreeSet<>();
		mark(changed, "title", title, before.title);
		mark(changed, "facilitator", facilitator, before.facilitator);
		mark(changed, "startsAt", startsAt, before.startsAt);
		mark(changed, "representatives", representatives, before.representatives);
		mark(changed, "agenda", agenda, before.agenda);
		return changed;
	}

	/** Refuses an outcome about an item that is not on the agenda, or when the session is over. */
	public void requireDecidable(UUID itemId) {
		requireNotOver();
		if (!agenda.contains(itemId)) {
			throw new SessionRuleViolation("Item " + itemId + " is not on the agenda of \"" + title
					+ "\"; add it to the agenda first", false);
		}
	}

	/** Records a decision; the first one opens the session. */
	public Session withOutcome(Outcome outcome) {
		requireDecidable(outcome.itemId());
		var all = new ArrayList<>(outcomes);
		all.add(outcome);
		return new Session(id, productId, productKey, title, facilitator, startsAt, SessionStatus.OPEN,
				representatives, agenda, all, ending, version + 1);
	}

	/**
	 * Closes the session that was held. One that heard fewer than {@code minimumTeams} teams still
	 * closes, since the meeting happened and its outcomes stand, but it is recorded as not
	 * cross-team, and only cross-team sessions count as refinement in the health figures.
	 */
	public Session closed(int minimumTeams) {
		requireNotOver();
		return new Session(id, productId, productKey, title, facilitator, startsAt, SessionStatus.CLOSED,
				representatives, agenda, outcomes, Ending.closed(teamsHeard(), minimumTeams), version + 1);
	}

	/** Calls the session off; the outcomes already recorded stand, as the items already changed. */
	public Session cancelled(String reason) {
		requireNotOver();
		return new Session(id, productId, productKey, title, facilitator, startsAt, SessionStatus.CANCELLED,
				representatives, agenda, outcomes, Ending.cancelled(teamsHeard(), reason), version + 1);
	}

	/** How many teams speak through at least one representative. */
	public int teamsHeard() {
		return (int) representatives.values().stream().filter(people -> !people.isEmpty()).count();
	}

	private void requireNotOver() {
		if (status.isOver()) {
			throw new SessionRuleViolation("The session \"" + title + "\" is " + status.name().toLowerCase(), true);
		}
	}

	private static <T> T or(T value, T current) {
		return value == null ? current : value;
	}

	private static void mark(Set<String> changed, String field, Object now, Object before) {
		if (!Objects.equals(now, before)) {
			changed.add(field);
		}
	}

}
