package org.refinery.backlog.imports;

/** Where a Blocks link of an applied import stands. */
public enum LinkStatus {

	/** Sent to dependency-service; its answer has not arrived yet. */
	PENDING,

	/** A new BLOCKS dependency. */
	CREATED,

	/** The dependency existed already (an earlier import, or people identified it). */
	EXISTING,

	/** A rule of dependencies refused it (a cycle, a finished item…); the reason says which. */
	REFUSED,

	/** Not sent: an end is no item imported from the same system. */
	UNRESOLVED

}
