package org.refinery.backlog;

import org.refinery.test.service.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

	ArchitectureTest() {
		super(BacklogApplication.class);
	}

}
