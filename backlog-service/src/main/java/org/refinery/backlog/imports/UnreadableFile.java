package org.refinery.backlog.imports;

import java.util.List;

/**
 * The file cannot be imported at all (missing columns, not UTF-8, not the format it claims):
 * 422 naming each problem by pointer ({@code #/file/columns/Summary}, {@code #/file/line/12}),
 * the value at fault and the rule.
 */
public class UnreadableFile extends RuntimeException {

	/** One reason the file is refused. */
	public record Problem(String pointer, String value, String rule) {
	}

	private final List<Problem> problems;

	public UnreadableFile(List<Problem> problems) {
		super("The file cannot be imported: " + String.join("; ", problems.stream()
			.map(problem -> problem.pointer() + " " + problem.rule())
			.toList()));
		this.problems = List.copyOf(problems);
	}

	public UnreadableFile(String pointer, String value, String rule) {
		this(List.of(new Problem(pointer, value, rule)));
	}

	public List<Problem> problems() {
		return problems;
	}

}
