package org.credence.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.credence.relations.RegisterEntries;
import org.credence.security.PresetAccounts;

/**
 * The relations register of the reference case as a protocol officer kept it: the Czech–Russian
 * expulsions of April 2021 and the cap that followed, entered when the cap was announced (so that the
 * register held them when the October 2021 decision was weighed); then, after Russia's suspension, its
 * closure of NATO's offices in Moscow and the suspension of its own mission, and the NATO–Russia
 * Council with its last meetings and the proposal still awaiting Russia's answer. NATO's own 2018 and
 * 2021 withdrawals entered the register by themselves when the decisions took effect. Source titles
 * describe the publications; they are not quotations.
 */
@Component
class RelationsRegister {

	private static final String PUBLIC = "NATO UNCLASSIFIED";

	private final DemoTime time;

	private final PresetAccounts accounts;

	private final RegisterEntries register;

	RelationsRegister(DemoTime time, PresetAccounts accounts, RegisterEntries register) {
		this.time = time;
		this.accounts = accounts;
		this.register = register;
	}

	/** The Czech–Russian exchange, entered by the officer once the cap was announced: known before October 2021. */
	void april2021() {
		time.at("2021-04-23T09:00");
		accounts.actingAs(DemoAccounts.OFFICER, this::czechRussianExpulsions);
	}

	/** The rest, entered after Russia's suspension. */
	void load() {
		time.at("2021-11-03T09:00");
		accounts.actingAs(DemoAccounts.OFFICER, () -> {
			moscowOffices();
			council();
		});
	}

	private void czechRussianExpulsions() {
		UUID expulsion = register.incident("EXPULSION", "Expulsion of 18 Russian embassy staff", "CZE", "RUS",
				day("2021-04-17"), day("2021-04-19"),
				"Russian intelligence officers' part in the 2014 explosions at the Vrbětice ammunition depots; 48 hours to leave.",
				null, PUBLIC, Map.of("UNSPECIFIED", 18));
		register.source(expulsion, false, "Government of the Czech Republic", day("2021-04-17"),
				"Statement of the Prime Minister and the Minister of the Interior on the Vrbětice explosions", null);
		register.source(expulsion, true, "Ministry of Foreign Affairs of the Czech Republic", day("2021-04-18"),
				"Russian embassy staff declared personae non gratae", null);
		UUID answer = register.incident("COUNTER_EXPULSION", "Expulsion of 20 Czech embassy staff", "RUS", "CZE",
				day("2021-04-18"), day("2021-04-19"), "Answer to the Czech expulsions; to leave by the end of the next day.",
				expulsion, PUBLIC, Map.of("UNSPECIFIED", 20));
		register.source(answer, false, "Ministry of Foreign Affairs of the Russian Federation", day("2021-04-18"),
				"Statement on the Czech embassy's staff", null);
		UUID cap = register.incident("MISSION_CAP", "Russian embassy in Prague capped at the size of the Czech embassy in Moscow",
				"CZE", "RUS", day("2021-04-22"), day("2021-05-31"),
				"Parity after the Russian expulsions: the embassy to be brought down to the Czech embassy's size by 31 May.",
				answer, PUBLIC, Map.of());
		register.source(cap, false, "Ministry of Foreign Affairs of the Czech Republic", day("2021-04-22"),
				"Decision to limit the staff of the Russian embassy", null);
	}

	private void moscowOffices() {
		UUID closure = register.incident("MISSION_CLOSURE",
				"Closure of NATO's Military Liaison Mission and Information Office in Moscow", "RUS", "HOST",
				day("2021-10-18"), day("2021-11-01"), "Answer to NATO's withdrawal of 8 accreditations on 6 October 2021.",
				null, PUBLIC, Map.of());
		register.source(closure, false, "Ministry of Foreign Affairs of the Russian Federation", day("2021-10-18"),
				"Announcement of the Foreign Minister on relations with NATO", null);
		register.source(closure, true, "NATO", day("2021-10-18"), "Statement of the NATO spokesperson on Russia's announcement",
				null);
		UUID suspension = register.incident("MISSION_SUSPENSION", "Suspension of Russia's mission to NATO", "RUS", "HOST",
				day("2021-10-18"), null, "Announced with the closure of NATO's offices in Moscow; from 1 November 2021.",
				null, PUBLIC, Map.of());
		register.source(suspension, false, "Ministry of Foreign Affairs of the Russian Federation", day("2021-10-18"),
				"Announcement of the Foreign Minister on relations with NATO", null);
	}

	private void council() {
		UUID council = register.forum("NATO–Russia Council", day("2002-05-28"), List.of("HOST", "RUS"), PUBLIC);
		register.meeting(council, day("2018-05-31"), "Ambassadors", "Ukraine; military activities, transparency and risk reduction",
				PUBLIC);
		register.meeting(council, day("2019-07-05"), "Ambassadors", "The INF Treaty", PUBLIC);
		// About 18 months before October 2021, when NATO said its proposal "remains valid".
		register.proposal(council, "HOST", day("2020-04-01"), "RUS",
				"Ukraine; transparency and risk reduction; the mission's situation", PUBLIC);
	}

	private static LocalDate day(String day) {
		return LocalDate.parse(day);
	}
}
