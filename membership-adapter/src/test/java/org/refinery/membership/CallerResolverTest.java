package org.refinery.membership;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CallerResolverTest {

	final StaticListableBeanFactory beans = new StaticListableBeanFactory();

	final CallerResolver resolver = new CallerResolver(beans.getBeanProvider(Memberships.class));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theCallerIsTheTokensGrantsPlusTheMembershipsReadForThisRequest() throws Exception {
		beans.addBean("memberships", (Memberships) username -> username.equals("tess")
				? List.of(new Membership("AUD", MemberRole.TEAM_MEMBER, "AUD-LEDGER")) : List.of());
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("sub-tess")
			.claim("preferred_username", "tess")
			.claim("realm_access", Map.of("roles", List.of("product-owner")))
			.claim("groups", List.of("/products/PAY", "/teams/PAY-CHECKOUT"))
			.build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));

		Caller tess = resolver.resolveArgument(null, null, null, null);

		assertThat(tess).isEqualTo(new Caller("sub-tess", "tess", false, false, true, Set.of("PAY"),
				Set.of("PAY-CHECKOUT"), List.of(new Membership("AUD", MemberRole.TEAM_MEMBER, "AUD-LEDGER"))));
	}

	@Test
	void withoutATokenThereIsNoCaller() {
		beans.addBean("memberships", (Memberships) username -> List.of());

		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> resolver.resolveArgument(null, null, null, null));
	}

}
