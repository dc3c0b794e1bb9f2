package org.refinery.backlog.imports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportJob;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.application.BacklogImports;
import org.refinery.backlog.imports.application.ImportSettings;
import org.refinery.backlog.product.Product;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

/**
 * {@code POST /api/backlog/products/{key}/imports?format=…[&dryRun=true]} with the file as the
 * raw body, or as the {@code file} part of a multipart form beside an optional {@code mapping}
 * part; answers 202 with the job, whose {@code Location} is read for progress and row results.
 */
@RestController
class ImportController {

	private static final String IMPORTS = "/api/backlog/products/{productKey}/imports";

	private final BacklogImports imports;

	private final ImportSettings settings;

	ImportController(BacklogImports imports, ImportSettings settings) {
		this.imports = imports;
		this.settings = settings;
	}

	@PostMapping(path = IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportView> upload(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam String format, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestPart("file") MultipartFile file, @RequestPart(name = "mapping", required = false) @Valid MappingRequest mapping)
			throws IOException {
		ImportFormat chosen = format(format);
		Product product = imports.importableProduct(productKey, caller);
		try (InputStream body = file.getInputStream()) {
			return started(imports.start(product, chosen, dryRun,
					mapping == null ? ImportMapping.defaults() : mapping.toMapping(), spool(body),
					file.getOriginalFilename(), caller));
		}
	}

	@PostMapping(path = IMPORTS)
	ResponseEntity<ImportView> raw(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam String format, @RequestParam(defaultValue = "false") boolean dryRun,
			HttpServletRequest request) throws IOException {
		ImportFormat chosen = format(format);
		Product product = imports.importableProduct(productKey, caller);
		if (request.getContentLengthLong() > settings.maxFileSize().toBytes()) {
			throw new FileTooLarge(settings.maxFileSize().toBytes());
		}
		return started(imports.start(product, chosen, dryRun, ImportMapping.defaults(),
				spool(request.getInputStream()), null, caller));
	}

	@GetMapping(IMPORTS)
	ImportView.Page list(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var found = imports.jobs(productKey, caller, (long) page * size, size);
		return new ImportView.Page(found.jobs().stream().map(job -> ImportView.of(job, null)).toList(), page, size,
				found.total());
	}

	/** The job with one page of its row results in line order; {@code size} rows a page, 500 at most. */
	@GetMapping(IMPORTS + "/{id}")
	ImportView one(Caller caller, @PathVariable @ProductKey String productKey, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "100") @PageSize int size) {
		ImportJob job = imports.job(productKey, id, caller);
		var rows = imports.rows(job, (long) page * size, size);
		return ImportView.of(job, imports.linkCounts(job), new ImportView.RowPage(rows, page, size,
				job.counts().rows() + job.counts().missing()));
	}

	private Path spool(InputStream body) {
		return Uploads.spool(body, settings.maxFileSize().toBytes());
	}

	private static ImportFormat format(String name) {
		return ImportFormat.named(name)
			.orElseThrow(() -> InvalidInput.of(InputError.query("format", name, "must be one of " + ImportFormat.names())));
	}

	private static ResponseEntity<ImportView> started(ImportJob job) {
		return ResponseEntity
			.accepted()
			.location(URI.create("/api/backlog/products/" + job.productKey() + "/imports/" + job.id()))
			.body(ImportView.of(job, null));
	}

}
