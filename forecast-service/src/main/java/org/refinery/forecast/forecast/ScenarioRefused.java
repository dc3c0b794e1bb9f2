package org.refinery.forecast.forecast;

/**
 * A scenario that cannot be kept as asked (answered 409): its owner already keeps the most
 * scenarios allowed (none is evicted: the owner deletes one), or one of the same name.
 */
public class ScenarioRefused extends RuntimeException {

	private final String pointer;

	private final Object value;

	public ScenarioRefused(String pointer, Object value, String rule) {
		super(rule);
		this.pointer = pointer;
		this.value = value;
	}

	public String pointer() {
		return pointer;
	}

	public Object value() {
		return value;
	}

}
