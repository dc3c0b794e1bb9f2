/**
 * Sends deliveries over HTTP with the JDK client: CloudEvents 1.0 HTTP binary mode (the
 * attributes as {@code ce-*} headers, the event's JSON as the body) plus the
 * {@code webhook-signature} header. Redirects are not followed, so a public URL cannot bounce
 * the request to a private address past the guard.
 */
package org.refinery.backlog.webhook.sending;
