package org.refinery.backlog.product;

import java.util.Objects;

/**
 * One setting of a product that a change altered, each value as people read it (dates as
 * {@code 2026-01-05}, numbers in plain digits, an unset value as null).
 */
public record SettingChange(String field, String oldValue, String newValue) {

	public SettingChange {
		Objects.requireNonNull(field, "field");
	}

}
