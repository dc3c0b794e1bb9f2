package org.refinery.backlog.export.web;

import jakarta.servlet.http.HttpServletResponse;
import org.refinery.backlog.export.BacklogCsv;
import org.refinery.backlog.export.BacklogWriter;
import org.refinery.backlog.export.ExportFormat;
import org.refinery.backlog.export.application.BacklogExport;
import org.refinery.backlog.product.Product;
import org.refinery.http.Permits;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

@RestController
class ExportController {

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	private final BacklogExport export;

	private final Permits permits;

	private final JsonMapper json;

	private final Clock clock;

	ExportController(BacklogExport export, @Qualifier("exportPermits") Permits permits, JsonMapper json, Clock clock) {
		this.export = export;
		this.permits = permits;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The whole backlog of a product, removed and done items included, as an attachment named
	 * {@code <KEY>-backlog-<date>.<csv|json>}: {@code format=csv} (the default) or {@code json}.
	 * Whoever may read the product may export it; the body is streamed, never held whole.
	 */
	@GetMapping("/api/backlog/products/{productKey}/export")
	void export(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "csv") ExportFormat format, HttpServletResponse response) throws IOException {
		Product product = export.visibleProduct(productKey, caller);
		try (var permit = permits.acquire(caller.subject())) {
			response.setContentType(format.mediaType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(filename(product, format))
				.build()
				.toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			stream(product, format, response.getOutputStream());
		}
	}

	private void stream(Product product, ExportFormat format, OutputStream out) throws IOException {
		try {
			export.write(product, writer(format, out));
		}
		catch (IOException | UncheckedIOException | JacksonIOException ex) {
			// The client went away or stopped reading; the transaction is over and the permit returns.
			log.info("Export of {} as {} ended early: {}", product.key(), format, ex.toString());
		}
	}

	private BacklogWriter writer(ExportFormat format, OutputStream out) {
		return switch (format) {
			case CSV -> new BacklogCsv(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16_384));
			case JSON -> new BacklogJson(json.createGenerator(out), clock.instant());
		};
	}

	/** Product keys are capitals and digits only, so the name needs no escaping. */
	private String filename(Product product, ExportFormat format) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return product.key() + "-backlog-" + today + "." + format.extension();
	}

}
