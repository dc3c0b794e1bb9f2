package org.refinery.forecast.throughput.web;

import org.refinery.forecast.throughput.HistoryRow;
import org.refinery.forecast.throughput.ThroughputCsv;
import org.refinery.forecast.throughput.ThroughputSample;
import org.refinery.forecast.throughput.application.HistoryImport;
import org.refinery.forecast.throughput.application.TeamHistories;
import org.refinery.http.TeamKey;
import org.refinery.membership.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

@RestController
@RequestMapping("/api/forecasts/teams")
class ThroughputController {



	private final TeamHistories history;

	private final HistoryImport imports;

	ThroughputController(TeamHistories history, HistoryImport imports) {
		this.history = history;
		this.imports = imports;
	}

	/** Replaces the team's imported history with a JSON list of periods; an imported period wins over an observed one. */
	@PutMapping(path = "/{teamKey}/throughput", consumes = MediaType.APPLICATION_JSON_VALUE)
	TeamThroughput importJson(Caller caller,
			@PathVariable @TeamKey String teamKey,
			@RequestBody List<SampleRequest> samples) {
		List<HistoryRow> rows = new ArrayList<>();
		for (int i = 0; i < samples.size(); i++) {
			SampleRequest s = samples.get(i) == null ? new SampleRequest(null, null, null, null) : samples.get(i);
			rows.add(new HistoryRow(i + 1, s.periodStart(), s.periodEnd(), s.items(), s.points()));
		}
		return view(teamKey, imports.replace(caller, teamKey, rows));
	}

	/** Replaces the team's imported history with CSV rows under the header periodStart,periodEnd,items,points. */
	@PutMapping(path = "/{teamKey}/throughput", consumes = "text/csv")
	TeamThroughput importCsv(Caller caller,
			@PathVariable @TeamKey String teamKey,
			@RequestBody String csv) {
		return view(teamKey, imports.replace(caller, teamKey, ThroughputCsv.rows(csv)));
	}

	private static TeamThroughput view(String teamKey, List<ThroughputSample> samples) {
		return new TeamThroughput(teamKey, samples.stream().map(SampleView::of).toList());
	}

	/** The same history as the CSV it is imported from, as a file: an export imports again unchanged. */
	@GetMapping("/{teamKey}/throughput/export")
	ResponseEntity<String> historyCsv(Caller caller, @PathVariable @TeamKey String teamKey) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(teamKey + "-throughput.csv").build().toString())
			.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8; header=present"))
			.body(ThroughputCsv.written(history.of(caller, teamKey)));
	}

	/** A team's throughput history, oldest period first; a team the caller cannot see is not found (ADR 0005). */
	@GetMapping("/{teamKey}/throughput")
	TeamThroughput history(Caller caller,
			@PathVariable @TeamKey String teamKey) {
		return view(teamKey, history.of(caller, teamKey));
	}

}
