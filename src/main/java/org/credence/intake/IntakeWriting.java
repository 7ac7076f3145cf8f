package org.credence.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.credence.audit.Journal;
import org.credence.registry.MovingIn;
import org.credence.registry.MovingIn.Arrival;

/**
 * The real run's one transaction: the registry's rows, the one journal entry that names the file
 * and what it brought, and the job marked done, all or none. One import writes at a time across
 * every instance, so that two imports of overlapping files never both find a mission missing.
 */
@Component
class IntakeWriting {

	/** The advisory lock of the imports' writing, held until the import's transaction ends. */
	private static final long WRITING_LOCK = 0x43_52_45_44_49_4e_54_4bL; // CREDINTK

	private final MovingIn movingIn;

	private final IntakeJobs jobs;

	private final Journal journal;

	private final Clock clock;

	private final JdbcClient jdbc;

	IntakeWriting(MovingIn movingIn, IntakeJobs jobs, Journal journal, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.movingIn = movingIn;
		this.jobs = jobs;
		this.journal = journal;
		this.clock = clock;
	}

	@Transactional
	void write(IntakeJob job, List<Arrival> arrivals) {
		// Taken first: the rules are checked again under it, against what an earlier import wrote.
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) as writing").param(WRITING_LOCK).query(Integer.class).single();
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
