package org.credence.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A check ({@code dryRun}) or an import of one file, run in the background: its state, the rows
 * done of the rows in the file, every error found, and whether the rows were written.
 */
record IntakeJob(UUID id, boolean dryRun, State state, String fileName, String fileDigest, LocalDate establishedOn,
		int rowsTotal, int rowsDone, List<IntakeError> errors, boolean written, int missionsCreated,
		OffsetDateTime startedAt, String startedBy, OffsetDateTime finishedAt) {

	/** FAILED is the job's own failure (the server's fault, said in the log), not errors in the file. */
	enum State {
		RUNNING, DONE, FAILED
	}

	/** A dry run done without errors: the file may be imported as it was checked. */
	public boolean importable() {
		return dryRun && state == State.DONE && errors.isEmpty();
	}
}
