package org.refinery.forecast.forecast.web;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.forecast.ForecastBudget;
import org.refinery.forecast.forecast.ForecastRequest;
import org.refinery.forecast.forecast.application.ForecastCalibration;
import org.refinery.forecast.forecast.application.ProductForecasts;
import org.refinery.forecast.simulation.Cost;
import org.refinery.forecast.simulation.OutOfTime;
import org.refinery.http.Busy;
import org.refinery.http.BusyProblems;
import org.refinery.membership.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.time.Duration;
import java.util.Set;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The forecast endpoint's refusals as a client sees them, without a server, a database or a token. */
class AdmissionProblemsTest {

	private static final Caller PAUL = new Caller("paul-id", "paul", false, false, true, Set.of("PAY"), Set.of());

	private final ProductForecasts forecasts = mock(ProductForecasts.class);

	private final MockMvc mvc = MockMvcBuilders
		.standaloneSetup(new ForecastController(forecasts, mock(ForecastCalibration.class)))
		.setControllerAdvice(new AdmissionProblems(), new BusyProblems())
		.setCustomArgumentResolvers(new Paul())
		.build();

	@Test
	void overBudgetIs422NamingTheFieldTheRuleAndTheLimit() throws Exception {
		refuseWith(() -> new ForecastBudget(1_000_000_000, 500_000).check(new Cost(100_000, 300, 104, 2_202)));

		forecast().andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Forecast over budget"))
			.andExpect(jsonPath("$.reason").value("over-budget"))
			.andExpect(jsonPath("$.limit").value(1_000_000_000))
			.andExpect(jsonPath("$.maxTrials").value(4_321))
			.andExpect(jsonPath("$.errors[0].pointer").value("/trials"))
			.andExpect(jsonPath("$.errors[0].value").value(100_000))
			.andExpect(jsonPath("$.errors[0].rule").value(startsWith("trials × (8 × items + horizon × ")));
	}

	@Test
	void aUserAtTheirLimitGets429WithRetryAfter() throws Exception {
		refuseWith(() -> {
			throw new Busy(Busy.Scope.USER, "forecast", 1, Duration.ofSeconds(41));
		});

		forecast().andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "41"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("user-busy"))
			.andExpect(jsonPath("$.limit").value(1))
			.andExpect(jsonPath("$.detail").value(startsWith("You already run 1 forecast(s)")));
	}

	@Test
	void aServiceWithEveryPermitTakenGets503WithRetryAfter() throws Exception {
		refuseWith(() -> {
			throw new Busy(Busy.Scope.SERVICE, "forecast", 1, Duration.ofSeconds(7));
		});

		forecast().andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "7"))
			.andExpect(jsonPath("$.title").value("Forecasts busy"))
			.andExpect(jsonPath("$.reason").value("service-busy"));
	}

	@Test
	void aForecastOutOfTimeIs503SayingNothingWasStored() throws Exception {
		refuseWith(() -> {
			throw new OutOfTime(12_000, 100_000);
		});

		forecast().andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.reason").value("out-of-time"))
			.andExpect(jsonPath("$.trialsRun").value(12_000))
			.andExpect(jsonPath("$.detail").value(startsWith("The forecast ran out of time after 12000 of 100000 trials; "
					+ "nothing was stored")));
	}

	private void refuseWith(Runnable refusal) {
		when(forecasts.compute(any(), eq("PAY"), any(ForecastRequest.class))).thenAnswer(call -> {
			refusal.run();
			throw new AssertionError("the refusal did not throw");
		});
	}

	private ResultActions forecast() throws Exception {
		return mvc.perform(post("/api/forecasts/products/PAY").contentType(MediaType.APPLICATION_JSON)
			.content("{\"trials\":100000,\"horizon\":104}"));
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
