package org.refinery.forecast.forecast;

/** The caller changed baseline settings from a version that is no longer current (answered 412 with it). */
public class BaselineSettingsStale extends RuntimeException {

	private final long currentVersion;

	public BaselineSettingsStale(String productKey, long currentVersion) {
		super("The baseline settings of " + productKey + " changed meanwhile (now version " + currentVersion
				+ "); reload them and decide again");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}

}
