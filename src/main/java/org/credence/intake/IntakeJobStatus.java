package org.credence.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.MessageSource;

import org.credence.host.Host;

/** A job as the API shows it: its progress, its errors with their messages, what it wrote. */
@Schema(description = "A check (dryRun) or an import of a CSV file, run in the background")
record IntakeJobStatus(UUID id, boolean dryRun,
		@Schema(description = "RUNNING, DONE (errors or not), or FAILED: the server's own failure, nothing written") IntakeJob.State state,
		String file, @Schema(description = "SHA-256 of the file, in hexadecimal") String sha256,
		@Schema(description = "The day new missions are established, when the import asked for one") LocalDate establishedOn,
		@Schema(description = "The file's rows, header excluded") int rowsTotal,
		@Schema(description = "Rows checked (dry run) or written (import) so far") int rowsDone,
		@Schema(description = "Whether the rows were written; never part of them") boolean written, int missionsCreated,
		List<IntakeRowError> errors, OffsetDateTime startedAt, String startedBy, OffsetDateTime finishedAt) {

	/** One error of a row; {@code column} is a header name, or null for the row as a whole. */
	record IntakeRowError(long line, String column, String rule, String message) {
	}

	static IntakeJobStatus of(IntakeJob job, Host host, MessageSource messages) {
		return new IntakeJobStatus(job.id(), job.dryRun(), job.state(), job.fileName(), job.fileDigest(),
				job.establishedOn(), job.rowsTotal(), job.rowsDone(), job.written(), job.missionsCreated(),
				job.errors().stream().map(error -> new IntakeRowError(error.line(), error.column(), error.rule(),
						messages.getMessage("intake.error." + error.rule(), error.args().toArray(), Locale.ENGLISH)))
					.toList(),
				host.local(job.startedAt()), job.startedBy(), host.local(job.finishedAt()));
	}
}
