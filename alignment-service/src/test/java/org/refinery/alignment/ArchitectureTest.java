package org.refinery.alignment;

import org.refinery.test.service.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

	ArchitectureTest() {
		super(AlignmentApplication.class);
	}

}
