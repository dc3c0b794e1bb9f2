package org.refinery.forecast.throughput;

/** Whether a sample was imported from the past or observed from DONE items. */
public enum SampleSource {

	IMPORTED, OBSERVED

}
