package org.refinery.forecast.forecast.web;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.forecast.ForecastRequest;
import org.refinery.forecast.forecast.NoPointHistory;
import org.refinery.forecast.forecast.application.ForecastCalibration;
import org.refinery.forecast.forecast.application.ProductForecasts;
import org.refinery.membership.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The forecast endpoint's refusals of the model as a client sees them, without a server, a database or a token. */
class ForecastProblemsTest {

	private static final Caller PAUL = new Caller("paul-id", "paul", false, false, true, Set.of("PAY"), Set.of());

	private final ProductForecasts forecasts = mock(ProductForecasts.class);

	private final MockMvc mvc = MockMvcBuilders
		.standaloneSetup(new ForecastController(forecasts, mock(ForecastCalibration.class)))
		.setControllerAdvice(new ForecastProblems())
		.setCustomArgumentResolvers(new Paul())
		.build();

	@Test
	void pointsOnAHistoryWithoutPointsIs422PointingAtTheModeAndNamingTheTeams() throws Exception {
		when(forecasts.compute(any(), eq("PAY"), any(ForecastRequest.class)))
			.thenThrow(new NoPointHistory(List.of("PAY-A", "PAY-B")));

		mvc.perform(post("/api/forecasts/products/PAY").contentType(MediaType.APPLICATION_JSON)
			.content("{\"trials\":1000,\"horizon\":6,\"mode\":\"POINTS\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.teams[0]").value("PAY-A"))
			.andExpect(jsonPath("$.teams[1]").value("PAY-B"))
			.andExpect(jsonPath("$.errors[0].pointer").value("/mode"))
			.andExpect(jsonPath("$.errors[0].value").value("POINTS"))
			.andExpect(jsonPath("$.errors[0].rule").value(containsString("PAY-A, PAY-B")));
	}

	/** The signed-in caller, as the membership adapter's CallerResolver would give it from a token. */
	private static final class Paul implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Caller.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			return PAUL;
		}

	}

}
