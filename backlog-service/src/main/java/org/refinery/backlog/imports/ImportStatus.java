package org.refinery.backlog.imports;

/** Where an import job stands. */
public enum ImportStatus {

	RUNNING, COMPLETED,
	/** The file broke off mid-way (a row the parser cannot read); the batches before stay applied. */
	FAILED,
	/** The service stopped while the job ran; sending the same file again finishes it without duplicates. */
	INTERRUPTED

}
