/**
 * The REST edge of imports. The upload is copied to a temporary file as it arrives (never held
 * in memory) and refused with 413 past the configured size; everything that refuses the whole
 * file (format, product, right, encoding, headings, admission) is answered before the job exists;
 * a started job answers 202 with its {@code Location}, where its status, counts and row results
 * are read while it runs and after, as a wizard shows a preview and then its apply.
 */
package org.refinery.backlog.imports.web;
