package org.refinery.keycloak.servlet;

import org.refinery.keycloak.CurrentUser;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service in miniature: it sets only the issuer and lets the adapter do the rest. */
@SpringBootApplication
@EnableMethodSecurity
class ServletTestApplication {

	@RestController
	static class WhoAmI {

		@GetMapping("/api/me")
		CurrentUser me(CurrentUser user) {
			return user;
		}

		@PostMapping("/api/me")
		String touch(CurrentUser user) {
			return user.username();
		}

		@GetMapping("/api/owners-only")
		@PreAuthorize("hasRole('product-owner')")
		String ownersOnly(CurrentUser user) {
			return user.username();
		}

	}

}
