package org.refinery.test.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefineryArchitectureTest {

	private static final String GOOD = "org.refinery.test.architecture.sample.good";

	private static final String BAD = "org.refinery.test.architecture.sample.bad";

	private final JavaClasses classes = new ClassFileImporter()
		.importPackages("org.refinery.test.architecture.sample");

	@Test
	void aFrameworkFreeDomainWithSpringOnlyInAdaptersPasses() {
		RefineryArchitecture.domainIsFrameworkFree(GOOD).check(classes);
	}

	@Test
	void aDomainClassUsingSpringOrJdbcFailsTheBuild() {
		assertThatThrownBy(() -> RefineryArchitecture.domainIsFrameworkFree(BAD).check(classes))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Gadget")
			.hasMessageContaining("org.springframework.stereotype.Component")
			.hasMessageContaining("java.sql.Connection");
	}

	@Test
	void onlyClassesDirectlyInAFeaturePackageCountAsDomain() {
		var widget = classes.get(GOOD + ".gizmo.Widget");
		var endpoint = classes.get(GOOD + ".gizmo.web.WidgetEndpoint");

		assertThat(RefineryArchitecture.isDomainClass(widget, GOOD)).isTrue();
		assertThat(RefineryArchitecture.isDomainClass(endpoint, GOOD)).isFalse();
		assertThat(RefineryArchitecture.isDomainClass(widget, "org.refinery.test.architecture")).isFalse();
		assertThat(RefineryArchitecture.isDomainClass(widget, "org.refinery.other")).isFalse();
		assertThat(RefineryArchitecture.isDomainClass(endpoint, GOOD + ".gizmo")).isFalse();
	}

}
