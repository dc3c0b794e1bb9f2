/**
 * Keycloak access tokens as Spring Security sees them. Keycloak's own Java adapters are gone, so
 * services use Spring Security's OAuth2 resource server; this package is the thin layer that
 * reads Keycloak's claim shapes ({@code realm_access}, {@code resource_access}, {@code groups})
 * into authorities and a {@link org.refinery.keycloak.CurrentUser}, validates tokens against the
 * realm, and describes refusals as RFC 9457 problems. The {@code servlet} and {@code reactive}
 * subpackages wire it into the two web stacks.
 */
@NullMarked
package org.refinery.keycloak;

import org.jspecify.annotations.NullMarked;
