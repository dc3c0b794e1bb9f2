/**
 * The dashboard's page and the files it loads. Its scripts, styles and the chart module are
 * served under a path that names a hash of their content ({@code /assets/<hash>/js/app.js}),
 * cached by the browser for a year without asking again: a page load then fetches the page and its
 * data, not also the 46 modules (each a revalidation round trip before, one after the other along
 * the import graph). Every module imports its neighbours by relative path, so the whole graph
 * stays under the hash of the page that loaded it; a new build has a new hash, so an upgrade is
 * never mixed with modules from the one before. The page itself is never cached and needs the
 * browser session (security package); it names the session's CSRF token, which
 * {@code /dashboard/csrf} hands out again when a write finds it renewed. Replicas of one build
 * compute the same hash, so any replica serves any module; during a rolling upgrade a module
 * request that reaches a replica of the other build gets a 404 (never another build's file kept
 * for a year under this hash), and a reload fixes the page.
 */
package org.refinery.gateway.dashboard;
