package org.refinery.forecast.forecast.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.refinery.forecast.forecast.BaselineSettings;
import org.refinery.forecast.forecast.application.Baselines;
import org.refinery.http.IfMatch;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.refinery.http.ListPage;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A product's baseline: the settings the platform computes it with, and its history. */
@RestController
@RequestMapping("/api/forecasts/products")
class BaselineController {

	private final Baselines baselines;

	BaselineController(Baselines baselines) {
		this.baselines = baselines;
	}

	@Operation(summary = "The product's baseline settings", description = """
			What the platform computes the product's baseline with, after every change of its backlog, \
			dependencies or throughput history (debounced) and at least daily. version 0: the defaults, never \
			changed. The ETag is the version to send as If-Match when changing them.""")
	@GetMapping("/{productKey}/forecast-settings")
	ResponseEntity<BaselineSettings> settings(Caller user, @PathVariable @ProductKey String productKey) {
		return tagged(baselines.settings(user, productKey));
	}

	@Operation(summary = "Change the product's baseline settings", description = """
			Only the product's owners and administrators (else 403). All settings are given at once. With \
			If-Match, a version that is no longer current changes nothing (412 with the current version). The \
			baseline is recomputed with the new settings shortly after; earlier versions stay readable in \
			…/forecast-settings/history. Settings whose baseline the admission would refuse with the backlog as \
			it is now (over the cost budget, POINTS without point history) are refused with 422.""")
	@ApiResponse(responseCode = "200", description = "Changed; the ETag is the new version")
	@ApiResponse(responseCode = "403", description = "Not a product owner of the product nor an administrator",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422", description = "A baseline with these settings would not be admitted now: over "
			+ "the cost budget (naming /trials or /horizon, with maxTrials) or POINTS on a history without points",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "412", description = "Stale If-Match", headers = @Header(name = "ETag"),
			content = @Content(mediaType = "application/problem+json"))
	@PutMapping("/{productKey}/forecast-settings")
	ResponseEntity<BaselineSettings> change(Caller user, @PathVariable @ProductKey String productKey,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody @Valid BaselineSettingsBody body) {
		return tagged(baselines.change(user, productKey, IfMatch.version(ifMatch), body.trials(), body.mode(),
				body.horizon(), body.historyWindow()));
	}

	@Operation(summary = "Every version of the product's baseline settings, newest first, a page at a time")
	@GetMapping("/{productKey}/forecast-settings/history")
	ListPage<BaselineSettings> settingsHistory(Caller user, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		return ListPage.of(baselines.settingsHistory(user, productKey), page, size);
	}

	@Operation(summary = "The product's baselines, newest first", description = """
			Each baseline made from `from` to `to` (days, UTC, both included; default the last 90 days) with \
			its settings and per item the P50/P85/P95 period and that period's last day, so that one sees how a \
			date moved. Every baseline of the last 14 days is kept, older ones one per week (the week's last).""")
	@GetMapping("/{productKey}/baselines")
	Baselines.Page history(Caller user, @PathVariable @ProductKey String productKey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		LocalDate last = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
		LocalDate first = from == null ? last.minusDays(90) : from;
		if (first.isAfter(last)) {
			throw InvalidInput.of(InputError.query("from", first, "must be on or before to (" + last + ")"));
		}
		return baselines.history(user, productKey, first.atStartOfDay(ZoneOffset.UTC).toInstant(),
				last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), page, size);
	}

	private static ResponseEntity<BaselineSettings> tagged(BaselineSettings settings) {
		return ResponseEntity.ok().eTag(IfMatch.etag(settings.version())).body(settings);
	}

}
