package org.refinery.forecast.forecast.web;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.forecast.BaselineSettings;
import org.refinery.forecast.forecast.BaselineSettingsStale;
import org.refinery.forecast.forecast.ForecastNotAllowed;
import org.refinery.forecast.forecast.InvalidForecastRequest;
import org.refinery.forecast.forecast.Mode;
import org.refinery.forecast.forecast.ScenarioRefused;
import org.refinery.forecast.forecast.application.Baselines;
import org.refinery.forecast.forecast.application.ProductScenarios;
import org.refinery.membership.Caller;
import org.refinery.membership.CallerAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The baseline settings' and scenarios' answers to what a client sends, with the use cases stubbed. */
// The membership adapter's CallerResolver reads a token; here Paul stands for it.
@WebMvcTest(controllers = { BaselineController.class, ScenarioController.class },
		excludeAutoConfiguration = CallerAutoConfiguration.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(BaselineControllerTest.Paul.class)
class BaselineControllerTest {

	static final String SETTINGS = "/api/forecasts/products/PAY/forecast-settings";

	static final String SCENARIOS = "/api/forecasts/products/PAY/scenarios";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Baselines baselines;

	@MockitoBean
	ProductScenarios scenarios;

	/** The signed-in caller, as the membership adapter's CallerResolver would give it from a token. */
	@TestConfiguration
	static class Paul implements WebMvcConfigurer {

		static final Caller PAUL = new Caller("paul-id", "paul", false, false, true, Set.of("PAY"), Set.of());

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
			resolvers.add(new HandlerMethodArgumentResolver() {

				@Override
				public boolean supportsParameter(MethodParameter parameter) {
					return parameter.getParameterType() == Caller.class;
				}

				@Override
				public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
						NativeWebRequest request, WebDataBinderFactory binders) {
					return PAUL;
				}

			});
		}

	}

	@Test
	void theSettingsAnswerWithTheirVersionAsETag() throws Exception {
		when(baselines.settings(any(Caller.class), eq("PAY"))).thenReturn(new BaselineSettings("PAY", 5_000,
				Mode.POINTS, 8, 6, 3, Instant.parse("2026-12-01T09:00:00Z"), "paul"));

		mvc.perform(get(SETTINGS)).andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"3\""))
			.andExpect(jsonPath("$.trials").value(5_000))
			.andExpect(jsonPath("$.mode").value("POINTS"))
			.andExpect(jsonPath("$.historyWindow").value(6));
	}

	@Test
	void settingsOutsideTheirRangesAreRefusedNamingEachFieldAndChangeNothing() throws Exception {
		change("{\"trials\":50,\"mode\":\"COUNT\",\"horizon\":105,\"historyWindow\":0}", null)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/trials')].rule").value("must be at least 100, for percentiles worth judging"))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/trials')].value").value(50))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/horizon')].value").value(105))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/historyWindow')].value").value(0));
		change("{\"trials\":500,\"horizon\":6}", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/mode"));
		change("{\"trials\":500,\"mode\":\"HOURS\",\"horizon\":6}", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/mode"));
		change("{\"trials\":500,\"mode\":\"COUNT\",\"horizon\":6}", "yesterday").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/header/If-Match"));
		verifyNoInteractions(baselines);
	}

	@Test
	void aStaleVersionIs412WithTheCurrentOneAndSomeoneElseIs403() throws Exception {
		when(baselines.change(any(Caller.class), eq("PAY"), eq(2L), anyInt(), any(), anyInt(), isNull()))
			.thenThrow(new BaselineSettingsStale("PAY", 4));
		when(baselines.change(any(Caller.class), eq("PAY"), eq(4L), anyInt(), any(), anyInt(), isNull()))
			.thenThrow(new ForecastNotAllowed("Only product owners of PAY and administrators set its baseline"));

		change("{\"trials\":500,\"mode\":\"COUNT\",\"horizon\":6}", "\"2\"")
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", "\"4\""))
			.andExpect(jsonPath("$.currentVersion").value(4));
		change("{\"trials\":500,\"mode\":\"COUNT\",\"horizon\":6}", "\"4\"")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aBaselineHistoryWhoseSpanEndsBeforeItStartsIsRefusedNamingFrom() throws Exception {
		mvc.perform(get("/api/forecasts/products/PAY/baselines?from=2026-12-05&to=2026-12-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/from"))
			.andExpect(jsonPath("$.errors[0].value").value("2026-12-05"));
		mvc.perform(get("/api/forecasts/products/PAY/baselines?size=501")).andExpect(status().isBadRequest());
		verifyNoInteractions(baselines);
	}

	@Test
	void aScenarioWithoutANameOrWithChangesOutOfRangeIsRefusedNamingEachField() throws Exception {
		scenario("{\"name\":\" \",\"capacity\":[{\"teamKey\":\"PAY-A\",\"fromPeriod\":0,\"factor\":11}],"
				+ "\"scope\":{\"percent\":901},\"moves\":[{\"itemId\":\"not-an-id\",\"position\":1}]}")
			.andExpect(status().isBadRequest());
		scenario("{\"name\":\" \",\"capacity\":[{\"teamKey\":\"PAY-A\",\"fromPeriod\":0,\"factor\":11}],"
				+ "\"scope\":{\"percent\":901},\"moves\":[{\"position\":0}]}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.pointer == '/capacity/0/fromPeriod')].value").value(0))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/capacity/0/factor')].value").value(11.0))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/scope/percent')].value").value(901.0))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/moves/0/itemId')]").exists())
			.andExpect(jsonPath("$.errors[?(@.pointer == '/moves/0/position')].value").value(0));
		verifyNoInteractions(scenarios);
	}

	@Test
	void theTwentyFirstScenarioIs409AskingToDeleteOneAndAChangeTheProductCannotTakeIs400() throws Exception {
		when(scenarios.create(any(Caller.class), eq("PAY"), eq("more"), any())).thenThrow(new ScenarioRefused(
				"/name", "more", "you keep 20 scenarios of PAY, the most one person may; delete one first"));
		when(scenarios.create(any(Caller.class), eq("PAY"), eq("elsewhere"), any())).thenThrow(
				new InvalidForecastRequest("/capacity/0/teamKey", "SHOP-A", "must be a team that works on this product"));

		scenario("{\"name\":\"more\"}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].pointer").value("/name"))
			.andExpect(jsonPath("$.errors[0].rule").value("you keep 20 scenarios of PAY, the most one person may; delete one first"));
		scenario("{\"name\":\"elsewhere\",\"capacity\":[{\"teamKey\":\"SHOP-A\",\"fromPeriod\":1,\"factor\":0.5}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/capacity/0/teamKey"))
			.andExpect(jsonPath("$.errors[0].value").value("SHOP-A"));
	}

	private ResultActions change(String body, String ifMatch) throws Exception {
		var request = put(SETTINGS).contentType(MediaType.APPLICATION_JSON).content(body);
		return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
	}

	private ResultActions scenario(String body) throws Exception {
		return mvc.perform(post(SCENARIOS).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
