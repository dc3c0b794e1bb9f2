package org.refinery.devstack.seed;

import java.time.LocalDate;

/** The dependent item needs the prerequisite item (of another team); type BLOCKS or RELATES. */
record DemoDependency(String dependentRef, String prerequisiteRef, String type, LocalDate neededBy, String note,
		String status) {

	boolean blocks() {
		return "BLOCKS".equals(type);
	}

}
