package org.refinery.test.service;

import org.junit.jupiter.api.Test;
import org.refinery.test.architecture.RefineryArchitecture;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The architecture checks of one service; each service's {@code ArchitectureTest} extends this
 * with its application class, so a broken rule fails that service's build.
 */
public abstract class ServiceArchitectureTest {

	private final Class<?> application;

	protected ServiceArchitectureTest(Class<?> application) {
		this.application = application;
	}

	@Test
	void featuresAreApplicationModulesThatOnlyUseEachOthersPublicApi() {
		ApplicationModules.of(application).verify();
	}

	@Test
	void domainCodeImportsNoFramework() {
		String service = application.getPackageName();
		RefineryArchitecture.domainIsFrameworkFree(service).check(RefineryArchitecture.productionClassesOf(service));
	}

	@Test
	void onlyMessagingAdaptersSpeakTheWireFormat() {
		String service = application.getPackageName();
		RefineryArchitecture.onlyMessagingUsesEventContracts(service)
			.check(RefineryArchitecture.productionClassesOf(service));
	}

}
