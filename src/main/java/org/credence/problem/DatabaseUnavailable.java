package org.credence.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionSystemException;

/**
 * The one place that tells a database that cannot be reached (down, restarting, refusing
 * connections, or a pool that found no connection in time) from a failure of the request: the
 * first is answered 503 with {@code Retry-After}, by the API and by the pages alike, whichever layer
 * met it (a controller, or the login filters that look up accounts and tokens).
 */
final class DatabaseUnavailable {

	static final ProblemKind KIND = new ProblemKind("database-unavailable", "The database is not available",
			HttpStatus.SERVICE_UNAVAILABLE);

	/** Honest about a change: the database may have failed during its commit, after making it. */
	static final String DETAIL = "The registry cannot reach its database just now; try again in a moment. "
			+ "A change answered so was not confirmed: check whether it was made before sending it again.";

	/** Seconds a client should wait before trying again: about as long as a database restart takes. */
	static final String RETRY_AFTER_SECONDS = "5";

	/** SQL states of a server shutting down, crashed or still starting; class 08 is a connection lost or refused. */
	private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

	private DatabaseUnavailable() {
	}

	static boolean explains(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState()))) {
				return true;
			}
			// A commit or rollback that failed on the connection: the pool has closed it as broken
			// ("Connection is closed", no SQL state), and the failure that broke it is set aside.
			if (cause instanceof TransactionSystemException transaction && (transaction.getCause() instanceof SQLException
					|| transaction.getApplicationException() != null && explains(transaction.getApplicationException()))) {
				return true;
			}
		}
		return false;
	}
}
