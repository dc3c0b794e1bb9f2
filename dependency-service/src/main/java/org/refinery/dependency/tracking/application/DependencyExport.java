package org.refinery.dependency.tracking.application;

import org.refinery.dependency.tracking.DependencyCsv;
import org.refinery.dependency.tracking.ExportedDependencies;
import org.refinery.dependency.tracking.ProductNotVisible;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Exporting a product's dependencies, every status included: whoever sees the product may, as for
 * the dependency list. One read-only, repeatable-read transaction makes the file one snapshot.
 */
@Service
public class DependencyExport {

	private final ExportedDependencies exported;

	DependencyExport(ExportedDependencies exported) {
		this.exported = exported;
	}

	/** Refuses a product the caller may not see, before anything is written. */
	public void requireVisible(String productKey, Caller caller) {
		if (!caller.canSee(productKey)) {
			throw new ProductNotVisible(productKey);
		}
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void write(String productKey, Caller caller, DependencyCsv csv) throws IOException {
		requireVisible(productKey, caller);
		csv.header();
		try {
			exported.forEach(productKey, csv::dependency);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.finish();
	}

}
