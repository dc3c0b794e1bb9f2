package org.refinery.alignment.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The stored daily snapshots. */
public interface Snapshots {

	/** Stores a measured snapshot, replacing one of the same product and day. */
	void put(Snapshot snapshot);

	/** Stores back-filled snapshots, replacing back-filled ones but never a measured one. */
	void putBackfilled(List<Snapshot> backfilled);

	/** The snapshots of these products ({@code null}: every product) since {@code from}, oldest first. */
	List<Snapshot> since(LocalDate from, Set<String> productKeys);

	/** Forgets snapshots older than {@code oldest}; says how many. */
	int deleteBefore(LocalDate oldest);

}
