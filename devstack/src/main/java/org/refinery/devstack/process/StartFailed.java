package org.refinery.devstack.process;

/**
 * A component could not start. The message is written for the operator: what failed and
 * where to look (a log file, a setting).
 */
public final class StartFailed extends RuntimeException {

	public StartFailed(String message) {
		super(message);
	}

	public StartFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
