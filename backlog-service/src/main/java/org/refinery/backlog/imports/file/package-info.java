/**
 * Readers of the import formats, each streaming: CSV through Commons CSV (delimiter detected,
 * quoted line breaks, repeated headings), JSON through Jackson's streaming parser one item at a
 * time. Text must be UTF-8 (a byte-order mark is skipped; UTF-16 with a mark is read); anything
 * else is refused naming the first line that is not.
 */
package org.refinery.backlog.imports.file;
