package org.refinery.test.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

/** Selects the classes that sit directly in a feature package of a service. */
final class DomainClasses extends DescribedPredicate<JavaClass> {

	private final String servicePackage;

	private DomainClasses(String servicePackage) {
		super("reside directly in a feature package of " + servicePackage);
		this.servicePackage = servicePackage;
	}

	static DomainClasses of(String servicePackage) {
		return new DomainClasses(servicePackage);
	}

	@Override
	public boolean test(JavaClass type) {
		return RefineryArchitecture.isDomainClass(type, servicePackage);
	}

}
