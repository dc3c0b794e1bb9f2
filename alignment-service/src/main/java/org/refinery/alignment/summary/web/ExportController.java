package org.refinery.alignment.summary.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.SummaryCsv;
import org.refinery.alignment.summary.application.ProductSummaries;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

	private final ProductSummaries summaries;

	private final Clock clock;

	ExportController(ProductSummaries summaries, Clock clock) {
		this.summaries = summaries;
		this.clock = clock;
	}

	/**
	 * The product's alignment summary, with the summary's scope and visibility, as an attachment
	 * named {@code <KEY>-alignment-<date>.csv}; the path and the {@code format} parameter follow the
	 * backlog export's. The summary is computed (or read from the cache) before the first byte is
	 * written, so a product the caller may not see is a 404 problem, never a cut-off file.
	 */
	@Operation(summary = "The product's alignment as CSV", description = ApiDocs.EXPORT)
	@GetMapping("/api/alignment/products/{productKey}/export")
	void export(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "csv") ExportFormat format, @RequestParam(defaultValue = "open") String scope,
			@RequestParam(defaultValue = "50") @Min(1) @Max(10000) int n, HttpServletResponse response)
			throws IOException {
		AlignmentSummary summary = summaries.summary(productKey, SummaryController.scopeOf(scope, n), caller);
		response.setContentType("text/csv; charset=UTF-8; header=present");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(productKey + "-alignment-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv")
			.build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16_384);
		try {
			new SummaryCsv(out).write(summary);
		}
		catch (IOException ex) {
			// The client went away or stopped reading; nothing is held open for it.
			log.info("Export of the alignment of {} ended early: {}", productKey, ex.toString());
		}
	}

}
