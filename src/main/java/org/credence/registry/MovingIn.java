package org.credence.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;
import org.credence.registry.person.BirthDate;

/**
 * A protocol office moving in with its current records: persons who already hold their positions,
 * recorded as members arrived on their arrival date rather than as requests, at missions established
 * where missing. Checked and written as a whole, set by set, so that thousands of rows take seconds
 * and the registry's rules hold for every row as for one arrival notified and approved.
 */
@Service
public class MovingIn {

	/** One person in post, as the office's records give them; {@code line} says where, for objections. */
	public record Arrival(long line, String sendingState, String missionName, String nameNative, String nameLatin,
			BirthDate birthDate, String nationality, StaffCategory category, String title, String function,
			LocalDate arrivedOn, String credentialNumber, LocalDate credentialExpiresOn) {
	}

	/**
	 * A rule of the registry an arrival breaks: the field of {@link Arrival} it concerns, the rule's
	 * name (a message {@code intake.error.<rule>}) and its arguments.
	 */
	public record Objection(long line, String field, String rule, List<Object> args) {
	}

	/** What moving in wrote. */
	public record Written(int missionsCreated, int persons, int accreditations) {
	}

	private final MovingInRules rules;

	private final MovingInRows rows;

	MovingIn(MovingInRules rules, MovingInRows rows) {
		this.rules = rules;
		this.rows = rows;
	}

	/**
	 * Every objection to those arrivals, nothing written: missions that take no accreditation on the
	 * day, a ceiling exceeded, a person twice or already registered, a credential number taken, dates
	 * in an impossible order. Missions not found are established on {@code establishedOn}, or on their
	 * earliest arrival when it is null.
	 */
	@Transactional(readOnly = true)
	public List<Objection> check(List<Arrival> arrivals, LocalDate establishedOn) {
		return rules.check(arrivals, establishedOn, false);
	}

	/**
	 * Writes all the arrivals or none: checked again under the missions' locks, so that an approval
	 * made since the dry run cannot take a position counted free. {@code progress} hears how many
	 * rows are written so far.
	 */
	@Transactional
	public Written moveIn(List<Arrival> arrivals, LocalDate establishedOn, IntConsumer progress) {
		List<Objection> objections = rules.check(arrivals, establishedOn, true);
		if (!objections.isEmpty()) {
			throw new ProblemException(ProblemKind.CONFLICT,
					objections.size() + " rows break the registry's rules; nothing was written.")
				.saying("moving-in")
				.with("count", objections.size());
		}
		return rows.write(arrivals, rules.missionsFound(arrivals), establishedOn, progress);
	}
}
