package org.credence.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.crypto.Mac;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 50.1, run once right after {@code V50__journal_anchor.sql}: entries written before the
 * journal had MACs get theirs, made with the key of the server that migrates. The MAC vouches for
 * them as they stood at that upgrade, no earlier; every entry written afterwards without one is
 * refused. A Java migration because the key is the application's, never the database's.
 */
@Component
class JournalMacBackfill implements JavaMigration {

	private static final int BATCH = 5_000;

	private final JournalKeys keys;

	JournalMacBackfill(JournalKeys keys) {
		this.keys = keys;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("50.1");
	}

	@Override
	public String getDescription() {
		return "journal macs of earlier entries";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Mac mac = keys.mac();
		int count = 0;
		try (Statement statement = connection.createStatement();
				PreparedStatement update = connection.prepareStatement("update journal_entry set mac = ? where id = ?")) {
			// The one rewrite of the journal there is, in the migration's transaction: triggers come back on with it.
			statement.execute("alter table journal_entry disable trigger journal_entry_no_rewrite");
			statement.setFetchSize(BATCH);
			try (ResultSet rs = statement.executeQuery("select " + JournalEntries.COLUMNS
					+ " from journal_entry where mac is null order by id")) {
				while (rs.next()) {
					JournalEntry entry = JournalEntries.row(rs);
					update.setString(1, EntryMac.of(mac, entry));
					update.setLong(2, entry.id());
					update.addBatch();
					if (++count % BATCH == 0) {
						update.executeBatch();
					}
				}
			}
			update.executeBatch();
			statement.execute("alter table journal_entry enable trigger journal_entry_no_rewrite");
		}
	}
}
