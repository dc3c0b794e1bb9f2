/**
 * Bringing a backlog in from Jira (issue-search CSV, REST search JSON), Azure Boards (query CSV,
 * work-item JSON) or Refinery's own export. A file is read one row at a time, mapped to
 * Refinery's types, statuses and teams ({@link org.refinery.backlog.imports.ImportMapping}:
 * defaults a request overrides), and applied in batches. Every imported item keeps its external
 * reference (system and key), so an import is idempotent: the same file again changes nothing,
 * an updated file updates what changed, nothing is ever duplicated, and items the file no longer
 * holds are reported, not deleted. A preview ({@code dryRun}) answers the same per-row results
 * and writes nothing to the backlog. Blocks and dependency links are kept with each row result,
 * by external key on both sides, for dependency-service to take up. Formats, mappings and
 * limits are documented in {@code docs/integrations.md}.
 */
package org.refinery.backlog.imports;
