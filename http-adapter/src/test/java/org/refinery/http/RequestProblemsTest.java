package org.refinery.http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest
class RequestProblemsTest {

	private static final String VALID = """
			{"title":"Grow","weight":2,"share":0.5,"kind":"STORY","due":"2026-03-01","teams":["PAY-A"],
			 "representatives":{"PAY-A":["tess"]},"active":true}""";

	@Autowired
	private MockMvc mvc;

	@Test
	void aValidBodyIsReadAsSent() throws Exception {
		send(VALID).andExpect(status().isOk()).andExpect(jsonPath("$.weight").value(2));
	}

	@Test
	void anUnknownFieldIsNamedWithTheKnownOnes() throws Exception {
		refused(VALID.replace("\"title\"", "\"owner\":\"x\",\"title\""), "/owner", "owner")
			.andExpect(jsonPath("$.errors[0].rule", containsString("known fields: active, due, kind, representatives")));
	}

	@Test
	void aNumberWhereTextBelongsIsRefusedNotConverted() throws Exception {
		refused(VALID.replace("\"Grow\"", "123"), "/title", 123).andExpect(jsonPath("$.errors[0].rule").value("must be text"));
	}

	@Test
	void aFractionWhereAWholeNumberBelongsIsRefused() throws Exception {
		refused(VALID.replace("\"weight\":2", "\"weight\":2.5"), "/weight", 2.5)
			.andExpect(jsonPath("$.errors[0].rule").value("must be a whole number"));
	}

	@Test
	void aWholeNumberWhereADecimalBelongsIsAccepted() throws Exception {
		send(VALID.replace("\"share\":0.5", "\"share\":1")).andExpect(status().isOk());
	}

	@Test
	void aNumberIsNoEnumConstantAndTheAllowedOnesAreListed() throws Exception {
		refused(VALID.replace("\"STORY\"", "0"), "/kind", 0).andExpect(jsonPath("$.errors[0].rule").value("must be one of STORY, EPIC"));
		refused(VALID.replace("\"STORY\"", "\"SAGA\""), "/kind", "SAGA")
			.andExpect(jsonPath("$.errors[0].rule").value("must be one of STORY, EPIC"));
	}

	@Test
	void enumNamesMatchIgnoringCase() throws Exception {
		send(VALID.replace("\"STORY\"", "\"story\"")).andExpect(jsonPath("$.kind").value("STORY"));
	}

	@Test
	void aDateBeyondTheYear2999IsRefused() throws Exception {
		refused(VALID.replace("2026-03-01", "+99999-01-01"), "/due", "+99999-01-01")
			.andExpect(jsonPath("$.errors[0].rule").value("must be a date between the years 1900 and 2999"));
	}

	@Test
	void aNulCharacterInTextIsRefusedAndEchoedEscaped() throws Exception {
		refused(VALID.replace("Grow", "Gr\\u0000ow"), "/title", "Gr\\u0000ow")
			.andExpect(jsonPath("$.errors[0].rule").value(ControlCharacters.RULE));
		send(VALID.replace("Grow", "Gr\\n\\tow")).andExpect(status().isOk());
	}

	@Test
	void nullInsideAListIsRefusedAtItsIndex() throws Exception {
		refused(VALID.replace("[\"tess\"]", "[\"tess\",null]"), "/representatives/PAY-A/1", null)
			.andExpect(jsonPath("$.errors[0].rule").value("must not be null"));
	}

	@Test
	void malformedJsonSaysWhereItBroke() throws Exception {
		refused("{\n  \"title\": \"x\",,\n}", "", null).andExpect(jsonPath("$.errors[0].rule", containsString("line 2, column")));
	}

	@Test
	void aMissingBodyIsNamed() throws Exception {
		mvc.perform(post("/goals").contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("a JSON body is required"));
	}

	@Test
	void beanValidationNamesTheFieldByPointer() throws Exception {
		refused(VALID.replace("\"Grow\"", "\"\""), "/title", "").andExpect(jsonPath("$.errors[0].rule").value("must not be blank"));
	}

	@Test
	void aBadEnumInTheQueryListsTheAllowedValuesAndLowerCaseIsAccepted() throws Exception {
		mvc.perform(get("/products/PAY/items?type=saga"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/type"))
			.andExpect(jsonPath("$.errors[0].rule").value("must be one of STORY, EPIC"));
		mvc.perform(get("/products/PAY/items?type=story")).andExpect(jsonPath("$[1]").value("STORY"));
	}

	@Test
	void aPageSoFarThatItWouldOverflowIsRefused() throws Exception {
		mvc.perform(get("/products/PAY/items?page=2147483647&size=500"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/page"))
			.andExpect(jsonPath("$.errors[0].value").value(2147483647));
	}

	@Test
	void aPathVariableBreakingItsPatternIsNamed() throws Exception {
		mvc.perform(get("/products/pay/items"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/path/key"))
			.andExpect(jsonPath("$.errors[0].rule", containsString("product key such as PAY")));
		mvc.perform(get("/items/not-a-uuid"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/path/id"));
	}

	@Test
	void aControlCharacterInTheQueryIsRefusedNamingTheParameter() throws Exception {
		mvc.perform(get("/products/PAY/items").queryParam("type", "STORY\u0000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/type"));
	}

	@Test
	void anIfMatchThatIsNoVersionIsNamed() throws Exception {
		mvc.perform(get("/items/0b6e5c1e-6a3f-4a61-9d1e-2f0c9a7b5d43").header("If-Match", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/header/If-Match"));
		mvc.perform(get("/items/0b6e5c1e-6a3f-4a61-9d1e-2f0c9a7b5d43").header("If-Match", "W/\"7\""))
			.andExpect(content().string(containsString("@7")));
	}

	@Test
	void aRuleRefusalIsUnprocessableWithItsField() throws Exception {
		mvc.perform(post("/budget"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/trials"))
			.andExpect(jsonPath("$.errors", hasSize(1)));
	}

	@Test
	void anUnforeseenFailureIsAProblemThatRevealsNothing() throws Exception {
		mvc.perform(get("/boom"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("not applied")))
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	@Test
	void aNumberTooLargeForItsFieldIsNamedNotCalledMalformed() throws Exception {
		send(VALID.replace("\"weight\":2", "\"weight\":99999999999999999999")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/weight"))
			.andExpect(jsonPath("$.errors[0].rule").value("must be a whole number within its range"));
	}

	@Test
	void aDateIsTextNeverAnEpochNumberOrAnArray() throws Exception {
		refused(VALID.replace("\"2026-03-01\"", "1700000000"), "/due", "1700000000");
		send(VALID.replace("\"2026-03-01\"", "[2026,3,1]")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/due"));
		send(VALID.replace("\"2026-03-01\"", "\"\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/due"));
	}

	@Test
	void aLongValueIsShortened() throws Exception {
		String title = "x".repeat(500);
		refused(VALID.replace("\"Grow\"", "\"" + title + "\""), "/title", "x".repeat(79) + "…");
	}

	private ResultActions send(String body) throws Exception {
		return mvc.perform(post("/goals")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions refused(String body, String pointer, Object value) throws Exception {
		return send(body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().doesNotExist("X-Unused"))
			.andExpect(jsonPath("$.errors[0].pointer").value(pointer))
			.andExpect(value == null ? jsonPath("$.errors[0].value").value(nullValue())
					: jsonPath("$.errors[0].value").value(value));
	}

}
