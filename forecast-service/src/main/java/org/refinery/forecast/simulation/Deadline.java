package org.refinery.forecast.simulation;

/**
 * When a simulation must give up: the engine asks between trials, so a caller bounds how long a
 * forecast may run without interrupting threads (the engine holds no lock to leave half-done).
 */
@FunctionalInterface
public interface Deadline {

	Deadline NONE = () -> false;

	boolean passed();

	/** The moment {@code nanos} from now on {@link System#nanoTime()}. */
	static Deadline in(long nanos) {
		long end = System.nanoTime() + nanos;
		return () -> System.nanoTime() - end >= 0;
	}

}
