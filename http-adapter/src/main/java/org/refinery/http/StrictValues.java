package org.refinery.http;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * Checks on values Jackson reads correctly but the API must not accept: text with control
 * characters, and dates outside 1900–2999 ({@code +99999-01-01} is a valid ISO date and no
 * planning date). Each check wraps Jackson's own deserializer, so its formats and contextual
 * settings stay as they are.
 */
final class StrictValues extends SimpleModule {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2999;

	StrictValues() {
		super("refinery-strict-values");
		setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
					ValueDeserializer<?> deserializer) {
				Class<?> type = description.getBeanClass();
				return type == String.class || Temporal.class.isAssignableFrom(type) ? new Checked(deserializer) : deserializer;
			}
		});
	}

	/** A value of the right type that breaks one of these rules; its message is the rule in words. */
	static final class BrokenRule extends InvalidFormatException {

		BrokenRule(JsonParser parser, String rule, Object value, Class<?> type) {
			super(parser, rule, value, type);
		}

	}

	/** Runs Jackson's deserializer, then refuses what the API's rules do not allow. */
	private static final class Checked extends DelegatingDeserializer {

		Checked(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Class<?> type = handledType();
			if (type != null && Temporal.class.isAssignableFrom(type) && !parser.hasToken(JsonToken.VALUE_STRING)) {
				// Jackson reads numbers as epoch seconds or days and arrays as [year, month, day]: guesses, refused.
				throw new BrokenRule(parser, Expectations.of(type), parser.currentToken().isScalarValue()
						? parser.getString() : null, type);
			}
			Object value = super.deserialize(parser, context);
			if (value instanceof String text && ControlCharacters.present(text)) {
				throw new BrokenRule(parser, ControlCharacters.RULE, text, String.class);
			}
			if (value instanceof Temporal temporal && !withinBounds(temporal)) {
				throw new BrokenRule(parser, "must be a date between the years " + FIRST_YEAR + " and " + LAST_YEAR,
						parser.getString(), value.getClass());
			}
			return value;
		}

		private static boolean withinBounds(Temporal temporal) {
			int year = switch (temporal) {
				case LocalDate date -> date.getYear();
				case LocalDateTime dateTime -> dateTime.getYear();
				case OffsetDateTime dateTime -> dateTime.getYear();
				case ZonedDateTime dateTime -> dateTime.getYear();
				case Instant instant -> instant.atOffset(ZoneOffset.UTC).getYear();
				default -> FIRST_YEAR;
			};
			return year >= FIRST_YEAR && year <= LAST_YEAR;
		}

	}

}
