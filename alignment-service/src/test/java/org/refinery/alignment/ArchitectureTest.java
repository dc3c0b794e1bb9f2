package org.refinery.alignment;

import org.junit.jupiter.api.Test;
import org.refinery.test.architecture.RefineryArchitecture;
import org.springframework.modulith.core.ApplicationModules;

class ArchitectureTest {

	static final String SERVICE = "org.refinery.alignment";

	@Test
	void featuresAreApplicationModulesThatOnlyUseEachOthersPublicApi() {
		ApplicationModules.of(AlignmentApplication.class).verify();
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
