package org.refinery.backlog.imports.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.backlog.imports.ImportCounts;
import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportJob;
import org.refinery.backlog.imports.ImportStatus;
import org.refinery.backlog.imports.RowAction;
import org.refinery.backlog.imports.RowResult;
import org.refinery.backlog.imports.UnreadableFile;
import org.refinery.backlog.imports.application.BacklogImports;
import org.refinery.backlog.imports.application.ImportSettings;
import org.refinery.backlog.member.Memberships;
import org.refinery.backlog.product.Product;
import org.refinery.http.Busy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import API's answers and refusals, with the use cases stubbed; files are limited to 1 KB here. */
@WebMvcTest(controllers = ImportController.class, properties = "refinery.backlog.imports.max-file-size=1KB")
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties(ImportSettings.class)
class ImportControllerTest {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

	static final String CSV = "Issue key,Issue Type,Summary,Status\nA-1,Story,One,To Do\n";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BacklogImports imports;

	/** The caller's memberships are read for every request: none here. */
	@MockitoBean
	Memberships memberships;

	final ImportJob job = new ImportJob(ID, UUID.randomUUID(), "PAY", ImportFormat.JIRA_CSV, true, ImportStatus.RUNNING,
			"issues.csv", "paul", Instant.parse("2026-12-07T05:00:00Z"), null, null,
			new ImportCounts(500, 480, 0, 0, 20, 0));

	@BeforeEach
	void signedInAsPaul() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("sub-paul")
			.claim("preferred_username", "paul").claim("realm_access", Map.of("roles", List.of("product-owner")))
			.build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
		when(imports.importableProduct(eq("PAY"), any())).thenReturn(mock(Product.class));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aStartedImportIs202WithItsLocationAndItsCountsSoFar() throws Exception {
		when(imports.start(any(), eq(ImportFormat.JIRA_CSV), eq(true), any(), any(), any(), any())).thenReturn(job);

		mvc.perform(post("/api/backlog/products/PAY/imports?format=JIRA-csv&dryRun=true").contentType("text/csv")
			.content(CSV))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/backlog/products/PAY/imports/" + ID))
			.andExpect(jsonPath("$.format").value("jira-csv"))
			.andExpect(jsonPath("$.status").value("RUNNING"))
			.andExpect(jsonPath("$.counts.created").value(480))
			.andExpect(jsonPath("$.counts.errors").value(20));
	}

	@Test
	void aMultipartUploadTakesItsMappingPart() throws Exception {
		when(imports.start(any(), any(), anyBoolean(), any(), any(), eq("issues.csv"), any())).thenReturn(job);

		mvc.perform(multipart("/api/backlog/products/PAY/imports?format=jira-csv")
			.file(new MockMultipartFile("file", "issues.csv", "text/csv", CSV.getBytes()))
			.file(new MockMultipartFile("mapping", "", "application/json",
					"{\"statuses\":{\"Parked\":\"in_refinement\"},\"teams\":{\"Payments\":\"PAY-A\"}}".getBytes())))
			.andExpect(status().isAccepted());
	}

	@Test
	void aMappingWithAnUnknownRefineryStatusIs400AtItsPointer() throws Exception {
		mvc.perform(multipart("/api/backlog/products/PAY/imports?format=jira-csv")
			.file(new MockMultipartFile("file", "issues.csv", "text/csv", CSV.getBytes()))
			.file(new MockMultipartFile("mapping", "", "application/json",
					"{\"statuses\":{\"Parked\":\"SHELVED\"}}".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/statuses/Parked"))
			.andExpect(jsonPath("$.errors[0].value").value("SHELVED"));
		verifyNoInteractions(imports);
	}

	@Test
	void anUnknownFormatIs400NamingTheParameterAndTheFormats() throws Exception {
		mvc.perform(post("/api/backlog/products/PAY/imports?format=xlsx").contentType("text/csv").content(CSV))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/format"))
			.andExpect(jsonPath("$.errors[0].value").value("xlsx"))
			.andExpect(jsonPath("$.errors[0].rule")
				.value("must be one of jira-csv, jira-json, azure-csv, azure-json, refinery-json"));
	}

	@Test
	void aFileOverTheLimitIs413WithTheLimitAndNoJobStarts() throws Exception {
		mvc.perform(post("/api/backlog/products/PAY/imports?format=jira-csv").contentType("text/csv")
			.content("x".repeat(1_025)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("File too large"))
			.andExpect(jsonPath("$.limit").value(1_024));
		verify(imports, never()).start(any(), any(), anyBoolean(), any(), any(), any(), any());
	}

	@Test
	void aMultipartFileOverTheLimitIs413Too() throws Exception {
		mvc.perform(multipart("/api/backlog/products/PAY/imports?format=jira-csv")
			.file(new MockMultipartFile("file", "big.csv", "text/csv", "x".repeat(1_025).getBytes())))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.limit").value(1_024));
		verify(imports, never()).start(any(), any(), anyBoolean(), any(), any(), any(), any());
	}

	@Test
	void aFileRefusedAsAWholeIs422NamingEachProblemInTheFile() throws Exception {
		when(imports.start(any(), any(), anyBoolean(), any(), any(), any(), any()))
			.thenThrow(new UnreadableFile(List.of(new UnreadableFile.Problem("#/file/columns/Issue key", null,
					"is a required column"), new UnreadableFile.Problem("#/file/columns/Status", null,
							"is a required column"))));

		mvc.perform(post("/api/backlog/products/PAY/imports?format=jira-csv").contentType("text/csv").content(CSV))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://refinery.dev/problems/invalid-input"))
			.andExpect(jsonPath("$.errors[0].pointer").value("#/file/columns/Issue key"))
			.andExpect(jsonPath("$.errors[1].pointer").value("#/file/columns/Status"))
			.andExpect(jsonPath("$.errors[1].rule").value("is a required column"));
	}

	@Test
	void anImportBeyondTheUsersLimitIs429WithRetryAfter() throws Exception {
		when(imports.start(any(), any(), anyBoolean(), any(), any(), any(), any()))
			.thenThrow(new Busy(Busy.Scope.USER, "import", 1, Duration.ofSeconds(60)));

		mvc.perform(post("/api/backlog/products/PAY/imports?format=jira-csv").contentType("text/csv").content(CSV))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(jsonPath("$.title").value("Too many imports of yours"))
			.andExpect(jsonPath("$.reason").value("user-busy"));
	}

	@Test
	void aJobIsShownWithAPageOfItsRowResults() throws Exception {
		when(imports.job(eq("PAY"), eq(ID), any())).thenReturn(job);
		when(imports.rows(eq(job), anyLong(), anyInt())).thenReturn(List.of(new RowResult(3, "A-2", RowAction.ERROR,
				null, "status 'Parked' is not mapped", List.of("A-3"), List.of())));

		mvc.perform(get("/api/backlog/products/PAY/imports/" + ID + "?page=1&size=1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.page").value(1))
			.andExpect(jsonPath("$.rows.totalElements").value(500))
			.andExpect(jsonPath("$.rows.content[0].line").value(3))
			.andExpect(jsonPath("$.rows.content[0].action").value("ERROR"))
			.andExpect(jsonPath("$.rows.content[0].blocks[0]").value("A-3"));
	}

}
