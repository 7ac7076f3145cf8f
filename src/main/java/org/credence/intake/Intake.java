package org.credence.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

import org.credence.problem.ProblemException;
import org.credence.registry.MovingIn;
import org.credence.registry.MovingIn.Arrival;
import org.credence.security.Actors;

/**
 * Starts checks and imports of files and runs them, one at a time, on a thread of their own: the
 * request that sends a file of 10,000 rows answers at once with the job, whose progress the page
 * and the API follow. The job runs as whoever started it, who is recorded as the rows' author.
 */
@Service
class Intake {

	private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

	/**
	 * One at a time on this instance, in the order sent; imports sent to several instances write one
	 * at a time too ({@link IntakeWriting}).
	 */
	private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> new Thread(task, "intake"));

	private final IntakeJobs jobs;

	private final RowReading reading;

	private final MovingIn movingIn;

	private final IntakeWriting writing;

	private final Actors actors;

	private final Clock clock;

	/** The lease this instance holds on the jobs it runs, so that another instance leaves them be. */
	private final InterruptedJobs leases;

	Intake(IntakeJobs jobs, RowReading reading, MovingIn movingIn, IntakeWriting writing, Actors actors, Clock clock,
			InterruptedJobs leases) {
		this.leases = leases;
		this.jobs = jobs;
		this.reading = reading;
		this.movingIn = movingIn;
		this.writing = writing;
		this.actors = actors;
		this.clock = clock;
	}

	/** Reads the header now (a refused file is refused to the sender) and the rows in the background. */
	IntakeJob start(String fileName, byte[] content, boolean dryRun, LocalDate establishedOn) {
		IntakeFile file = IntakeFile.read(fileName, content);
		IntakeJob job = new IntakeJob(UUID.randomUUID(), dryRun, IntakeJob.State.RUNNING, fileName, file.digest(),
				establishedOn, file.rows().size(), 0, List.of(), false, 0, OffsetDateTime.now(clock), actors.current(), null);
		jobs.start(job, content, leases.runner());
		runner.execute(new DelegatingSecurityContextRunnable(() -> run(job, file)));
		return job;
	}

	/** The file of a dry run that found no error, imported as it was checked. */
	IntakeJob importChecked(UUID checkId) {
		IntakeJob check = job(checkId);
		if (!check.importable()) {
			throw new ProblemException(IntakeProblems.NOT_IMPORTABLE, "Only a dry run that is done and found no error "
					+ "can be imported; this one is " + check.state() + " with " + check.errors().size() + " errors.");
		}
		return start(check.fileName(), jobs.content(checkId), false, check.establishedOn());
	}

	IntakeJob job(UUID id) {
		return jobs.find(id).orElseThrow(() -> ProblemException.notFound("intake job", id));
	}

	List<IntakeJob> latest() {
		return jobs.latest(10);
	}

	private void run(IntakeJob job, IntakeFile file) {
		try {
			List<IntakeError> errors = new ArrayList<>();
			List<Arrival> arrivals = reading.read(file, errors);
			errors.addAll(objections(arrivals, job));
			errors.sort(Comparator.comparingLong(IntakeError::line));
			if (job.dryRun() || !errors.isEmpty()) {
				jobs.finish(job.id(), IntakeJob.State.DONE, errors, false, 0, file.rows().size(), OffsetDateTime.now(clock));
				return;
			}
			try {
				writing.write(job, arrivals);
			}
			catch (ProblemException refused) {
				// The registry changed between the check and the missions' locks: say what it objects to now.
				jobs.finish(job.id(), IntakeJob.State.DONE, objections(arrivals, job), false, 0, file.rows().size(),
						OffsetDateTime.now(clock));
			}
		}
		catch (RuntimeException e) {
			LOG.error("Intake job {} of {} failed", job.id(), job.fileName(), e);
			jobs.finish(job.id(), IntakeJob.State.FAILED, List.of(), false, 0, 0, OffsetDateTime.now(clock));
		}
	}

	private List<IntakeError> objections(List<Arrival> arrivals, IntakeJob job) {
		return movingIn.check(arrivals, job.establishedOn())
			.stream()
			.map(objection -> new IntakeError(objection.line(),
					Column.filling(objection.field()).map(Column::header).orElse(null), objection.rule(), objection.args()))
			.toList();
	}

	@PreDestroy
	void stop() {
		runner.shutdownNow();
	}
}
