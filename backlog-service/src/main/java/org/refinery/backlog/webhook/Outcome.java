package org.refinery.backlog.webhook;

/**
 * What one attempt came to.
 *
 * @param statusCode the receiver's HTTP status; {@code null} when it did not answer
 * @param error why it failed; {@code null} on success
 */
public record Outcome(Integer statusCode, String error) {

	public static Outcome answered(int statusCode) {
		return new Outcome(statusCode, statusCode / 100 == 2 ? null : "the receiver answered " + statusCode);
	}

	public static Outcome failed(String error) {
		return new Outcome(null, error);
	}

	public boolean delivered() {
		return error == null;
	}

}
