/**
 * The REST edge of exports: {@code GET /api/backlog/products/{key}/export?format=csv|json}
 * answers an attachment written straight to the response as the cursor yields rows. Everything
 * that can refuse the request (format, visibility, admission) is decided before the first byte,
 * so refusals are ordinary problems; once streaming began, a failure can only cut the response
 * short, which the client sees as an incomplete chunked body, never as a complete file.
 */
package org.refinery.backlog.export.web;
