package org.refinery.http;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The problem shape in every service's OpenAPI document: a {@code Problem} schema with its
 * {@code errors} of {@code InputError}, and a 400 answer of that type on every operation that
 * takes input — so that an integrator reads the error contract where they read the API.
 */
final class ProblemsOpenApi {

	static final String PROBLEM = "Problem";

	static final String INPUT_ERROR = "InputError";

	private ProblemsOpenApi() {
	}

	static void applyTo(OpenAPI document) {
		if (document.getComponents() == null) {
			document.setComponents(new Components());
		}
		document.getComponents().addSchemas(INPUT_ERROR, inputError()).addSchemas(PROBLEM, problem());
		if (document.getPaths() != null) {
			document.getPaths().values().forEach(path -> path.readOperations().forEach(ProblemsOpenApi::answerInvalidInput));
		}
	}

	private static void answerInvalidInput(Operation operation) {
		boolean takesInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (takesInput && operation.getResponses() != null && !operation.getResponses().containsKey("400")) {
			operation.getResponses().addApiResponse("400", new ApiResponse()
				.description("Invalid input: `errors` names each field by JSON Pointer, the rejected value and the rule")
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
	}

	private static Schema<?> problem() {
		return new ObjectSchema().description("RFC 9457 problem details; see docs/errors.md")
			.addProperty("type", new StringSchema().description("https://refinery.dev/problems/invalid-input when errors name fields"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + INPUT_ERROR)));
	}

	private static Schema<?> inputError() {
		return new ObjectSchema().description("One thing wrong with the request")
			.addProperty("pointer", new StringSchema().description(
					"JSON Pointer into the body (/title, /representatives/PAY-CHECKOUT/0), or #/query/<name>, "
							+ "#/path/<name>, #/header/<name>"))
			.addProperty("value", new Schema<>().description("the rejected value, shortened to 80 characters"))
			.addProperty("rule", new StringSchema().description("what the value must be, in words"));
	}

}
