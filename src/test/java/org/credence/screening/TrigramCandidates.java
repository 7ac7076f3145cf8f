package org.credence.screening;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.credence.screening.matching.Query;
import org.credence.screening.matching.Subject;

/**
 * What the in-memory index was chosen over: candidates found by PostgreSQL's pg_trgm, the names
 * sharing enough trigrams with one of the query's names (similarity at least 0.3, through a GIN
 * index), the 100 most similar for each. The extension and the table exist only while this is open,
 * in the benchmark's database; the migrations know neither.
 */
final class TrigramCandidates implements AutoCloseable {

	private static final String CANDIDATES = """
			select distinct c.subject from unnest(?) q(name) cross join lateral (
			    select n.subject from screening_benchmark_name n where n.name % q.name
			    order by similarity(n.name, q.name) desc limit 100) c""";

	private final Connection connection;

	private final List<Subject> subjects;

	private final PreparedStatement candidates;

	/** Every name of the subjects in a table, and its trigrams in a GIN index: ready to be asked. */
	TrigramCandidates(DataSource dataSource, List<Subject> subjects) throws SQLException, IOException {
		this.connection = dataSource.getConnection();
		this.subjects = subjects;
		try (Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_trgm");
			statement.execute("create table screening_benchmark_name (subject int not null, name text not null)");
		}
		StringBuilder rows = new StringBuilder();
		for (int s = 0; s < subjects.size(); s++) {
			for (var name : subjects.get(s).names()) {
				rows.append(s).append(",\"").append(name.text().replace("\"", "\"\"")).append("\"\n");
			}
		}
		connection.unwrap(PGConnection.class).getCopyAPI()
			.copyIn("copy screening_benchmark_name from stdin with (format csv)", new StringReader(rows.toString()));
		try (Statement statement = connection.createStatement()) {
			statement.execute("create index screening_benchmark_trigrams on screening_benchmark_name using gin (name gin_trgm_ops)");
			statement.execute("analyze screening_benchmark_name");
		}
		candidates = connection.prepareStatement(CANDIDATES);
	}

	/** The subjects ({@code list entry}) of the names found for any of the query's names. */
	Set<String> of(Query query) {
		try {
			Array names = connection.createArrayOf("text", query.names().toArray());
			candidates.setArray(1, names);
			Set<String> found = new HashSet<>();
			try (ResultSet rows = candidates.executeQuery()) {
				while (rows.next()) {
					found.add(ScreeningSamples.key(subjects.get(rows.getInt(1))));
				}
			}
			return found;
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() throws SQLException {
		try (connection; Statement statement = connection.createStatement()) {
			statement.execute("drop table screening_benchmark_name");
			statement.execute("drop extension pg_trgm");
		}
	}
}
