package org.refinery.backlog.imports.web;

import org.refinery.backlog.imports.ImportNotFound;
import org.refinery.backlog.imports.UnreadableFile;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A file refused as a whole: 422 naming each problem by pointer into the file
 * ({@code #/file/columns/Summary}, {@code #/file/line/3}) or the mapping
 * ({@code #/mapping/teamField}), the value and the rule; 413 past the size limit, with the limit;
 * 404 for an import the product does not have.
 */
@RestControllerAdvice(assignableTypes = ImportController.class)
class ImportProblems {

	@ExceptionHandler
	ProblemDetail unreadable(UnreadableFile ex) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), ex.problems()
			.stream()
			.map(problem -> new InputError(problem.pointer(), problem.value(), problem.rule()))
			.toList());
	}

	@ExceptionHandler
	ProblemDetail tooLarge(FileTooLarge ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "File too large", ex.getMessage());
		problem.setProperty("limit", ex.limit());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(ImportNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Import not found", ex.getMessage());
	}

}
