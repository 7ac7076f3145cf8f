package org.credence.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.registry.MovingIn;
import org.credence.registry.MovingIn.Arrival;

/**
 * The real run's one transaction: the registry's rows, the one journal entry that names the file
 * and what it brought, and the job marked done, all or none.
 */
@Component
class IntakeWriting {

	private final MovingIn movingIn;

	private final IntakeJobs jobs;

	private final Journal journal;

	private final Clock clock;

	IntakeWriting(MovingIn movingIn, IntakeJobs jobs, Journal journal, Clock clock) {
		this.movingIn = movingIn;
		this.jobs = jobs;
		this.journal = journal;
		this.clock = clock;
	}

	@Transactional
	void write(IntakeJob job, List<Arrival> arrivals) {
		MovingIn.Written written = movingIn.moveIn(arrivals, job.establishedOn(), done -> jobs.progress(job.id(), done));
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("file", job.fileName());
		entry.put("sha256", job.fileDigest());
		entry.put("rows", arrivals.size());
		entry.put("missionsCreated", written.missionsCreated());
		entry.put("persons", written.persons());
		entry.put("accreditations", written.accreditations());
		journal.append("intake.imported", "intake-job", job.id(), entry);
		jobs.finish(job.id(), IntakeJob.State.DONE, List.of(), true, written.missionsCreated(), arrivals.size(),
				OffsetDateTime.now(clock));
	}
}
