/**
 * The one web error path every service shares, as {@code kafka-adapter} is their one Kafka edge.
 * A caller's mistake is answered with an RFC 9457 problem whose {@code errors} name each field at
 * fault by JSON Pointer ({@code /representatives/PAY-CHECKOUT/0} into the body, or
 * {@code #/query/size}, {@code #/path/itemId}, {@code #/header/If-Match}), the rejected value
 * (shortened, control characters escaped) and the rule in words. Input is read strictly — no
 * coercion between JSON types, no fractions for integers, dates within 1900–2999, no control
 * characters but newline and tab in text, no {@code null} inside lists — because a silently
 * coerced value is a wrong value stored. Enum names are matched ignoring case everywhere (body,
 * query, path): the answers spell them in capitals, and a caller who types them in lower case
 * means the same constant. The shape is documented in {@code docs/errors.md}.
 * <p>
 * Expensive work that holds a connection or cores for long (exports, imports, forecasts) is
 * admitted by one {@link org.refinery.http.Permits} pool per kind, per user and per service, and
 * refused, never queued, beyond it with {@link org.refinery.http.Busy}: 429 for the user, 503 for
 * the service, each with {@code Retry-After}.
 */
package org.refinery.http;
