package org.refinery.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.test.architecture.RefineryArchitecture;
import org.springframework.modulith.core.ApplicationModules;

class ArchitectureTest {

	static final String SERVICE = "org.refinery.forecast";

	@Test
	void featuresAreApplicationModulesThatOnlyUseEachOthersPublicApi() {
		ApplicationModules.of(ForecastApplication.class).verify();
	}

	@Test
	void domainCodeImportsNoFramework() {
		RefineryArchitecture.domainIsFrameworkFree(SERVICE)
			.check(RefineryArchitecture.productionClassesOf(SERVICE));
	}

	@Test
	void onlyMessagingAdaptersSpeakTheWireFormat() {
		RefineryArchitecture.onlyMessagingUsesEventContracts(SERVICE)
			.check(RefineryArchitecture.productionClassesOf(SERVICE));
	}

}
