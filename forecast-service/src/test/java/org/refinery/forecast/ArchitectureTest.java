package org.refinery.forecast;

import org.refinery.test.service.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

	ArchitectureTest() {
		super(ForecastApplication.class);
	}

}
