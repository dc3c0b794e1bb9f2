package org.refinery.devstack.process;

/** Thrown into a start that is still running when someone stops the stack. */
public final class StackStopped extends RuntimeException {

	public StackStopped(String message) {
		super(message);
	}

}
