package org.refinery.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A small API with every kind of input the services take, to drive the error path through. */
@SpringBootApplication
class ProblemsTestApplication {

	enum Kind {
		STORY, EPIC
	}

	record Goal(@NotBlank @Size(max = 20) String title, int weight, double share, Kind kind, LocalDate due,
			List<String> teams, Map<String, List<String>> representatives, Boolean active) {
	}

	@RestController
	static class Endpoints {

		@PostMapping("/goals")
		Goal create(@Valid @RequestBody Goal goal) {
			return goal;
		}

		@GetMapping("/products/{key}/items")
		List<String> items(@PathVariable @ProductKey String key, @RequestParam(required = false) Kind type,
				@RequestParam(defaultValue = "0") @PageNumber int page,
				@RequestParam(defaultValue = "50") @PageSize int size) {
			return List.of(key, String.valueOf(type), page + "x" + size);
		}

		@GetMapping("/items/{id}")
		String item(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
			return id + "@" + IfMatch.version(ifMatch);
		}

		@PostMapping("/budget")
		void budget() {
			throw InvalidInput.unprocessable("Too costly", InputError.body("/trials", 100_000, "must be at most 10000"));
		}

		@GetMapping("/boom")
		void boom() {
			throw new IllegalStateException("a bug");
		}

	}

}
