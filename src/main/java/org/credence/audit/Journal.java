package org.credence.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import javax.crypto.Mac;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.credence.security.Actors;

/**
 * Where every change is written down. The entry is inserted in the caller's transaction, so it
 * exists if and only if the change does; appending outside a transaction is a programming error
 * and fails. Writers only insert: the chain is sealed later by the {@link JournalSealer}, so they
 * never wait for one another.
 */
@Service
public class Journal {

	/** Keys in a fixed order, so that the same change is always written as the same text. */
	private static final JsonMapper CHANGES = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	/** One per thread: a MAC instance keeps state between update and doFinal. */
	private final ThreadLocal<Mac> macs;

	Journal(JdbcClient jdbc, Actors actors, Clock clock, JournalKeys keys) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
		this.macs = ThreadLocal.withInitial(keys::mac);
	}

	/**
	 * @param action what happened, {@code subject.verb-in-past-tense}, e.g. {@code accreditation.approved}
	 * @param subjectType the kind of record changed, e.g. {@code mission}
	 * @param subjectId its id
	 * @param change the command or the record before and after, written as JSON
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String action, String subjectType, Object subjectId, Object change) {
		insert(actors.current(), action, subjectType, subjectId, change);
	}

	/**
	 * As {@link #append}, for what the registry does by itself at a set time, such as an outcome at a
	 * deadline: recorded as {@link Actors#SYSTEM}'s, not as the act of the caller who happened to
	 * trigger it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendBySystem(String action, String subjectType, Object subjectId, Object change) {
		insert(Actors.SYSTEM, action, subjectType, subjectId, change);
	}

	private void insert(String actor, String action, String subjectType, Object subjectId, Object change) {
		// timestamptz keeps microseconds: truncate first, so the hashed time is the stored time.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		// The id is taken first because the MAC covers it: a copy of an entry under another id fails.
		long id = jdbc.sql("select nextval(pg_get_serial_sequence('journal_entry', 'id'))").query(Long.class).single();
		JournalEntry entry = new JournalEntry(id, null, now, actor, action, subjectType, String.valueOf(subjectId),
				CHANGES.writeValueAsString(change), null, null);
		jdbc.sql("""
				insert into journal_entry (id, recorded_at, actor, action, subject_type, subject_id, change, mac)
				overriding system value
				values (:id, :recordedAt, :actor, :action, :subjectType, :subjectId, cast(:change as json), :mac)
				""")
			.param("id", id)
			.param("recordedAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("subjectType", entry.subjectType())
			.param("subjectId", entry.subjectId())
			.param("change", entry.change())
			.param("mac", EntryMac.of(macs.get(), entry))
			.update();
	}
}
