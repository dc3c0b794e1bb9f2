package org.refinery.dependency.tracking.web;

import jakarta.servlet.http.HttpServletResponse;
import org.refinery.dependency.tracking.DependencyCsv;
import org.refinery.dependency.tracking.ProductNotVisible;
import org.refinery.dependency.tracking.application.DependencyExport;
import org.refinery.http.Problems;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

@RestController
class ExportController {

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	private final DependencyExport export;

	private final Clock clock;

	ExportController(DependencyExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	/**
	 * Every dependency of a product, whatever its status, as an attachment named
	 * {@code <KEY>-dependencies-<date>.csv}, streamed as the rows come; the path and the
	 * {@code format} parameter follow the backlog export's.
	 */
	@GetMapping("/api/dependencies/products/{productKey}/export")
	void export(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "csv") ExportFormat format, HttpServletResponse response) throws IOException {
		export.requireVisible(productKey, caller);
		response.setContentType("text/csv; charset=UTF-8; header=present");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(productKey + "-dependencies-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv")
			.build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16_384);
		try {
			export.write(productKey, caller, new DependencyCsv(out));
		}
		catch (IOException ex) {
			// The client went away or stopped reading; the transaction is over.
			log.info("Export of the dependencies of {} ended early: {}", productKey, ex.toString());
		}
	}

	@ExceptionHandler
	ProblemDetail notVisible(ProductNotVisible ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Product not found", ex.getMessage());
	}

}
