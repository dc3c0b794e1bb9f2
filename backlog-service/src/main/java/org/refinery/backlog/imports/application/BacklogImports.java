package org.refinery.backlog.imports.application;

import org.refinery.backlog.imports.ImportCounts;
import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportJob;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.ImportNotFound;
import org.refinery.backlog.imports.ImportStatus;
import org.refinery.backlog.imports.Imports;
import org.refinery.backlog.imports.LinkCounts;
import org.refinery.backlog.imports.RowResult;
import org.refinery.backlog.imports.file.ImportFiles;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.http.Permits;
import org.refinery.membership.Caller;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * Starting imports and reading them. Only those who shape the product import into it: its
 * product owners and administrators (others who see it get 403). Everything that refuses the
 * whole file — visibility, right, encoding, headings, admission — is decided before the job
 * exists, so a job that exists runs; it runs in the background, and its progress and row results
 * are read while it does.
 */
@Service
public class BacklogImports {

	private final Products products;

	private final Imports imports;

	private final ImportBatches batches;

	private final ImportLinks links;

	private final Permits permits;

	private final ExecutorService runner;

	private final ImportSettings settings;

	private final Clock clock;

	BacklogImports(Products products, Imports imports, ImportBatches batches, ImportLinks links,
			@Qualifier("importPermits") Permits permits, @Qualifier("importRunner") ExecutorService runner,
			ImportSettings settings, Clock clock) {
		this.products = products;
		this.imports = imports;
		this.batches = batches;
		this.links = links;
		this.permits = permits;
		this.runner = runner;
		this.settings = settings;
		this.clock = clock;
	}

	/** The product to import into, if the caller may shape it; checked before the upload is read. */
	public Product importableProduct(String productKey, Caller caller) {
		Product product = products.withKey(productKey, ProductScope.of(caller))
			.orElseThrow(() -> new ProductNotFound(productKey));
		if (!caller.ownsProduct(productKey)) {
			throw new ProductAccessDenied("Only product owners of " + productKey + " and administrators import into it");
		}
		return product;
	}

	/**
	 * Starts a job over {@code file}, which it owns from now on (it is deleted when the job ends or
	 * is refused). Answers the job as started.
	 */
	public ImportJob start(Product product, ImportFormat format, boolean dryRun, ImportMapping mapping, Path file,
			String fileName, Caller caller) {
		try {
			ImportFiles.check(format, file, mapping);
			Permits.Permit permit = permits.acquire(caller.subject());
			ImportJob job = new ImportJob(UUID.randomUUID(), product.id(), product.key(), format, dryRun,
					ImportStatus.RUNNING, fileName, caller.username(), clock.instant(), null, null, ImportCounts.NONE);
			imports.start(job);
			var run = new ImportRun(job, product, file, mapping, caller, batches, imports, links,
					settings.batchSize());
			runner.execute(() -> {
				try (permit) {
					run.run();
				}
				finally {
					delete(file);
				}
			});
			return job;
		}
		catch (RuntimeException ex) {
			delete(file);
			throw ex;
		}
	}

	public ImportJob job(String productKey, UUID id, Caller caller) {
		Product product = importableProduct(productKey, caller);
		imports.interruptSilent(product.id(), settings.silence());
		return imports.byId(product.id(), id).orElseThrow(() -> new ImportNotFound(id));
	}

	public List<RowResult> rows(ImportJob job, long offset, int limit) {
		return imports.rows(job.id(), offset, limit);
	}

	public LinkCounts linkCounts(ImportJob job) {
		return imports.linkCounts(job.id());
	}

	public Page jobs(String productKey, Caller caller, long offset, int limit) {
		Product product = importableProduct(productKey, caller);
		imports.interruptSilent(product.id(), settings.silence());
		return new Page(imports.ofProduct(product.id(), offset, limit), imports.countOfProduct(product.id()));
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a temporary file the system cleans up
		}
	}

	public record Page(List<ImportJob> jobs, long total) {
	}

}
