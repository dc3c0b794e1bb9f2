package org.refinery.test.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of a service's package tree. A service {@code org.refinery.backlog} has features
 * such as {@code org.refinery.backlog.item}; the classes directly in a feature package are its
 * domain, its adapters live in {@code web}, {@code persistence}, {@code messaging} below it, and
 * Spring-bound use cases in {@code application}; service-wide adapters may sit directly
 * below the service in packages of those names.
 */
public final class RefineryArchitecture {

	/** What domain code may not touch: frameworks, drivers, the wire format. */
	static final String[] FRAMEWORKS = { "org.springframework..", "jakarta..", "java.sql..", "javax.sql..",
			"org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..", "org.flywaydb..",
			"org.refinery.contracts..", "org.refinery.keycloak.." };

	/**
	 * Package names that hold adapters, not domain. Service-wide adapters (such as the outbox
	 * configuration in {@code org.refinery.backlog.messaging}) sit directly below the service.
	 */
	static final Set<String> ADAPTERS = Set.of("web", "persistence", "messaging", "application", "config");

	private RefineryArchitecture() {
	}

	/** The production classes of a service, tests excluded. */
	public static JavaClasses productionClassesOf(String servicePackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(servicePackage);
	}

	/** Classes directly in a feature package (one level below the service package) import no framework. */
	public static ArchRule domainIsFrameworkFree(String servicePackage) {
		return noClasses().that(DomainClasses.of(servicePackage))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FRAMEWORKS)
			.because("domain code states the rules of refinement and must be testable without frameworks");
	}

	/** Only {@code ..messaging..} adapters depend on the event contracts. */
	public static ArchRule onlyMessagingUsesEventContracts(String servicePackage) {
		return noClasses().that()
			.resideInAPackage(servicePackage + "..")
			.and()
			.resideOutsideOfPackage("..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.refinery.contracts..")
			.because("the wire format is translated at one edge, the messaging adapter of a feature");
	}

	static boolean isDomainClass(JavaClass type, String servicePackage) {
		String packageName = type.getPackageName();
		if (!packageName.startsWith(servicePackage + ".")) {
			return false;
		}
		String feature = packageName.substring(servicePackage.length() + 1);
		return feature.indexOf('.') < 0 && !ADAPTERS.contains(feature);
	}

}
