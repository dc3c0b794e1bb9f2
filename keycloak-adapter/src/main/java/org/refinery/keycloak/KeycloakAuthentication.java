package org.refinery.keycloak;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.io.Serial;
import java.util.Collection;
import java.util.Optional;

/**
 * A validated Keycloak access token and the {@link CurrentUser} it describes. Its name is the
 * username, so logs and auditing show {@code tess} rather than a UUID.
 *
 * <p>Deliberately declares no {@code toBuilder()}: Spring Security 7 would otherwise rebuild it as
 * a plain {@link JwtAuthenticationToken} when merging authentications, losing the user.
 */
public class KeycloakAuthentication extends JwtAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser currentUser;

	/** An authenticated token; normally made by {@link KeycloakJwtConverter}. */
	public KeycloakAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities,
			CurrentUser currentUser) {
		super(jwt, authorities, currentUser.username());
		this.currentUser = currentUser;
	}

	/** The caller this token describes. */
	public CurrentUser currentUser() {
		return currentUser;
	}

	/**
	 * The caller behind any authentication: a {@code KeycloakAuthentication}'s user, or the user
	 * mapped from another JWT authentication (e.g. one built by a test or a custom converter).
	 * Empty for anonymous and non-JWT authentications.
	 */
	public static Optional<CurrentUser> currentUserOf(@Nullable Authentication authentication) {
		return switch (authentication) {
			case KeycloakAuthentication keycloak -> Optional.of(keycloak.currentUser());
			case JwtAuthenticationToken jwt when jwt.isAuthenticated() ->
				Optional.of(CurrentUser.fromClaims(jwt.getTokenAttributes()));
			case null, default -> Optional.empty();
		};
	}

}
