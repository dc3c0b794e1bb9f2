package org.refinery.http;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service writes decimals as digits: an effort of 590 kept without trailing zeros is not 5.9E+2. */
class PlainDecimalsTest {

	@Test
	void aDecimalWithoutTrailingZerosIsWrittenInPlainDigits() {
		var builder = JsonMapper.builder();
		new StrictJsonAutoConfiguration().plainDecimals().customize(builder);

		String json = builder.build().writeValueAsString(Map.of("effort", new BigDecimal("590").stripTrailingZeros()));

		assertThat(new BigDecimal("590").stripTrailingZeros().toString()).as("what the test guards against").isEqualTo("5.9E+2");
		assertThat(json).isEqualTo("{\"effort\":590}");
	}

}
