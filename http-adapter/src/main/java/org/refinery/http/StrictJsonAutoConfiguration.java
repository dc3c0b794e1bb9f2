package org.refinery.http;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import java.util.function.Consumer;

/**
 * Reads request bodies strictly: a value of the wrong JSON type is refused rather than converted
 * ({@code "title": 123} is not the text "123", {@code "weight": 2.5} is not 2, {@code 0} is not an
 * enum constant), unknown fields are refused, {@code null} inside a list is refused, and trailing
 * content after the document is refused. Text and dates are checked by {@link StrictValues}.
 * Enum names match ignoring case. Decimals are written as digits in every service: a
 * BigDecimal kept without trailing zeros writes 590 as {@code 5.9E+2}, valid JSON that people
 * and many clients misread.
 */
@AutoConfiguration
@ConditionalOnClass(JsonMapperBuilderCustomizer.class)
public class StrictJsonAutoConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return StrictJsonAutoConfiguration::strict;
	}

	@Bean
	JsonMapperBuilderCustomizer plainDecimals() {
		return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
	}

	/** Applies the strict reading rules to a builder; public so that tests and clients read alike. */
	public static void strict(JsonMapper.Builder builder) {
		builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
				DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
			.withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.Float, CoercionInputShape.String,
					CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean,
					CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.String, CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.Enum, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.OtherScalar, refuse(CoercionInputShape.EmptyString, CoercionInputShape.Integer,
					CoercionInputShape.Float, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.DateTime, refuse(CoercionInputShape.EmptyString, CoercionInputShape.Integer,
					CoercionInputShape.Float, CoercionInputShape.Boolean))
			.addModule(new StrictValues());
	}

	/** Integers stay acceptable where a decimal number is expected: 1 is a valid 1.0, no information is lost. */
	private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
		return config -> {
			for (CoercionInputShape shape : shapes) {
				config.setCoercion(shape, CoercionAction.Fail);
			}
		};
	}

}
