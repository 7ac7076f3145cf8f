package org.credence.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sealed entries read through a binary {@code COPY}, the database sending them without waiting for
 * a fetch, each linked into the chain ({@link ChainLinks}) from the bytes received: no string is made
 * and encoded again on the way.
 */
final class ChainCopy {

	/** In binary, in this order: the time as microseconds, text as its UTF-8 bytes, hash and MAC as hex digits. */
	private static final String COLUMNS = "position, id, recorded_at, actor, action, subject_type, subject_id, change, hash, mac";

	private ChainCopy() {
	}

	/** The entries {@code where} selects, on the connection of the caller's transaction if any. */
	static ChainLinks read(JdbcTemplate jdbc, ChainLinks links, String where) {
		return jdbc.execute((ConnectionCallback<ChainLinks>) connection -> {
			String copy = "copy (select " + COLUMNS + " from journal_entry " + where + ") to stdout (format binary)";
			try (InputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), copy)) {
				// Read to the end of the COPY whatever happens: closed before its end, the stream cancels the
				// copy, and the cancel request can reach the server after the copy is over and cancel what the
				// connection runs next, or leave the rest of the copy to be read as the answer to the next query.
				RuntimeException failed = null;
				try {
					CopyRows rows = new CopyRows(in, 10);
					EntryContent content = new EntryContent();
					byte[] time = new byte[64];
					long[] day = { EntryTime.NO_DAY };
					while (rows.next()) {
						content.start().field(Long.toString(rows.int64(1)));
						if (rows.length(2) < 0) {
							content.field(null, 0, -1);
						}
						else {
							content.field(time, 0, EntryTime.write(rows.int64(2), time, day));
						}
						for (int field = 3; field <= 7; field++) {
							content.field(rows.bytes(), rows.offset(field), rows.length(field));
						}
						links.next(rows.int64(0), rows.int64(1), content, copied(rows, 8), copied(rows, 9));
					}
				}
				catch (RuntimeException e) {
					failed = e;
				}
				in.transferTo(OutputStream.nullOutputStream());
				if (failed != null) {
					throw failed;
				}
			}
			catch (IOException e) {
				throw new DataAccessResourceFailureException("Could not read the journal to verify it", e);
			}
			return links;
		});
	}

	private static byte[] copied(CopyRows rows, int field) {
		int length = rows.length(field);
		return length < 0 ? null : Arrays.copyOfRange(rows.bytes(), rows.offset(field), rows.offset(field) + length);
	}
}
