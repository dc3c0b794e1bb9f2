package org.refinery.dependency;

import org.refinery.test.service.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

	ArchitectureTest() {
		super(DependencyApplication.class);
	}

}
