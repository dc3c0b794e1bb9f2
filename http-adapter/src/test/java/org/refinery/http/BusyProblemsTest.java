package org.refinery.http;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A refusal of {@link Permits} as a client sees it. */
class BusyProblemsTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusing())
		.setControllerAdvice(new BusyProblems())
		.build();

	@Test
	void aUserAtTheirLimitGets429WithRetryAfterAndTheLimit() throws Exception {
		mvc.perform(get("/refuse").param("scope", "USER"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "41"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Too many imports of yours"))
			.andExpect(jsonPath("$.reason").value("user-busy"))
			.andExpect(jsonPath("$.limit").value(2))
			.andExpect(jsonPath("$.detail").value("You already run 2 import(s), the most one user may run at once; "
					+ "try again in 41 s"));
	}

	@Test
	void aServiceWithEveryPermitTakenGets503WithRetryAfter() throws Exception {
		mvc.perform(get("/refuse").param("scope", "SERVICE"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "41"))
			.andExpect(jsonPath("$.title").value("Imports busy"))
			.andExpect(jsonPath("$.reason").value("service-busy"));
	}

	@RestController
	static class Refusing {

		@GetMapping("/refuse")
		String refuse(@RequestParam Busy.Scope scope) {
			throw new Busy(scope, "import", 2, Duration.ofSeconds(41));
		}

	}

}
