package org.refinery.keycloak;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Turns a validated Keycloak access token into a {@link KeycloakAuthentication}. Authorities:
 * realm roles become {@code ROLE_<role>}, client roles {@code ROLE_<clientId>:<role>}, groups
 * {@code GROUP_<path>}, and the {@code scope} claim the usual {@code SCOPE_<scope>}.
 */
public final class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

	/**
	 * @throws org.springframework.security.oauth2.server.resource.InvalidBearerTokenException if
	 * the token has no {@code sub}; the request is then answered 401
	 */
	@Override
	public KeycloakAuthentication convert(Jwt jwt) {
		KeycloakClaims claims = KeycloakClaims.of(jwt.getClaims());
		CurrentUser user = CurrentUser.from(claims);
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		claims.realmRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority(Roles.authority(role))));
		claims.clientRoles()
			.forEach((client, roles) -> roles
				.forEach(role -> authorities.add(new SimpleGrantedAuthority(Roles.authority(client, role)))));
		claims.groups().forEach(group -> authorities.add(new SimpleGrantedAuthority("GROUP_" + group)));
		authorities.addAll(scopes.convert(jwt));
		return new KeycloakAuthentication(jwt, authorities, user);
	}

}
