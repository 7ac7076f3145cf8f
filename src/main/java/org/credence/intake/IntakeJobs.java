package org.credence.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jobs and the files they read. Progress is written in a transaction of its own, so that the
 * page sees it while the import's own transaction, which may take many seconds, is still open.
 */
@Repository
class IntakeJobs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<IntakeError>> ERRORS = new TypeReference<>() {
	};

	private static final String SELECT = """
			select id, dry_run, state, file_name, file_digest, established_on, rows_total, rows_done, errors, written,
			       missions_created, started_at, started_by, finished_at
			from intake_job""";

	private final JdbcClient jdbc;

	private final TransactionTemplate apart;

	IntakeJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A job that this instance ({@code runner}) will run, its lease starting when the job does. */
	void start(IntakeJob job, byte[] content, UUID runner) {
		jdbc.sql("""
				insert into intake_job (id, dry_run, state, file_name, file_digest, content, established_on, rows_total,
				                        started_at, started_by, runner, alive_at)
				values (?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(job.id(), job.dryRun(), job.fileName(), job.fileDigest(), content, job.establishedOn(), job.rowsTotal(),
					job.startedAt(), job.startedBy(), runner, job.startedAt())
			.update();
	}

	/** The runner still runs (or has queued) its jobs: their leases start again now. */
	void renew(UUID runner, OffsetDateTime now) {
		jdbc.sql("update intake_job set alive_at = ? where runner = ? and state = 'RUNNING'").params(now, runner).update();
	}

	void progress(UUID id, int rowsDone) {
		apart.executeWithoutResult(status -> jdbc.sql("update intake_job set rows_done = ? where id = ?")
			.params(rowsDone, id)
			.update());
	}

	void finish(UUID id, IntakeJob.State state, List<IntakeError> errors, boolean written, int missionsCreated,
			int rowsDone, OffsetDateTime at) {
		jdbc.sql("""
				update intake_job set state = ?, errors = cast(? as jsonb), written = ?, missions_created = ?,
				                      rows_done = ?, finished_at = ?
				where id = ?""")
			.params(state.name(), JSON.writeValueAsString(errors), written, missionsCreated, rowsDone, at, id)
			.update();
	}

	/**
	 * Says FAILED, finished at that instant, of every job still said to be running whose lease was
	 * last renewed before {@code leaseAfter} (or never, by a server older than leases); how many.
	 */
	int failAbandoned(OffsetDateTime at, OffsetDateTime leaseAfter) {
		return jdbc.sql("""
				update intake_job set state = 'FAILED', finished_at = ?
				where state = 'RUNNING' and (alive_at is null or alive_at < ?)""")
			.params(at, leaseAfter)
			.update();
	}

	Optional<IntakeJob> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(IntakeJobs::map).optional();
	}

	byte[] content(UUID id) {
		return jdbc.sql("select content from intake_job where id = ?").param(id).query(byte[].class).single();
	}

	/** The latest jobs first, for the page. */
	List<IntakeJob> latest(int limit) {
		return jdbc.sql(SELECT + " order by started_at desc limit ?").param(limit).query(IntakeJobs::map).list();
	}

	private static IntakeJob map(ResultSet rs, int row) throws SQLException {
		return new IntakeJob(rs.getObject("id", UUID.class), rs.getBoolean("dry_run"),
				IntakeJob.State.valueOf(rs.getString("state")), rs.getString("file_name"), rs.getString("file_digest"),
				rs.getObject("established_on", LocalDate.class), rs.getInt("rows_total"), rs.getInt("rows_done"),
				JSON.readValue(rs.getString("errors"), ERRORS), rs.getBoolean("written"), rs.getInt("missions_created"),
				rs.getObject("started_at", OffsetDateTime.class), rs.getString("started_by"),
				rs.getObject("finished_at", OffsetDateTime.class));
	}
}
