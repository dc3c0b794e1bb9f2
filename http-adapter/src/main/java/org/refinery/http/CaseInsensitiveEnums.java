package org.refinery.http;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

import java.util.Locale;

/**
 * Query and path values become enum constants ignoring case ({@code type=story}), as JSON bodies
 * do: one rule for the whole API. An unknown name fails the conversion, which the error path
 * answers with the allowed constants.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
final class CaseInsensitiveEnums implements ConverterFactory<String, Enum> {

	@Override
	public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
		return source -> {
			String name = source.strip();
			if (name.isEmpty()) {
				return null;
			}
			for (T constant : targetType.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(name)) {
					return constant;
				}
			}
			throw new IllegalArgumentException("No constant " + name.toUpperCase(Locale.ROOT) + " in " + targetType);
		};
	}

}
