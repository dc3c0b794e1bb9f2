/**
 * Import use cases. A job is admitted only for product owners and administrators of the product,
 * only for a file whose encoding and headings are right, and only within the import permits
 * (per user, per service); then it runs in the background in batches, each one transaction with
 * its items, their outbox events, its external references and its row results. A preview
 * ({@code dryRun}) decides the same and writes only its results. A job cut off by a stop of the
 * service is found silent and marked INTERRUPTED when next read; sending the same file again
 * finishes it, because every row applied before matches its item by external reference.
 */
package org.refinery.backlog.imports.application;
