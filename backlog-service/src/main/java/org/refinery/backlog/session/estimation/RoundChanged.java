package org.refinery.backlog.session.estimation;

/**
 * A round was opened, voted in ({@code voter} named) or revealed. Whoever announces it must not
 * tell the values of an unrevealed round: {@link #round()} holds them, the announcement must not.
 */
public record RoundChanged(Round round, Change change, String voter) {

	public enum Change {
		OPENED, VOTED, REVEALED
	}

}
