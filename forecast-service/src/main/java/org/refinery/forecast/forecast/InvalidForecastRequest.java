package org.refinery.forecast.forecast;

/**
 * A forecast request that cannot be run as asked, such as a capacity adjustment for an unknown
 * team. It names the field at fault as a JSON Pointer into the request ({@code /capacity/0/teamKey})
 * or a query parameter ({@code #/query/period}), so that the answer can point the caller at it.
 */
public class InvalidForecastRequest extends RuntimeException {

	private final String field;

	private final transient Object value;

	public InvalidForecastRequest(String field, Object value, String rule) {
		super(rule);
		this.field = field;
		this.value = value;
	}

	public String field() {
		return field;
	}

	public Object value() {
		return value;
	}

}
