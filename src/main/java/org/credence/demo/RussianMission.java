package org.credence.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import org.credence.decisions.Proceedings;
import org.credence.decisions.Proceedings.Measures;
import org.credence.host.Host;
import org.credence.registry.MissionStatus;
import org.credence.registry.accreditation.Departures;
import org.credence.registry.mission.MissionKind;
import org.credence.registry.mission.MissionContact;
import org.credence.registry.mission.MissionManagement;
import org.credence.security.PresetAccounts;

/**
 * The reference case: the Russian mission to NATO, established in 2017 under a ceiling of 30; in
 * March 2018 the executive withdraws 7 and refuses 3 requests and the council cuts the ceiling to 20;
 * in October 2021 the council withdraws 8 and cuts the ceiling to 10 from 1 November, when Russia
 * suspends its mission. Every step at its own instant, by the user whose step it is.
 */
@Component
class RussianMission {

	static final String NAME = "Mission of the Russian Federation to NATO";

	private static final String CLASSIFICATION = "NATO RESTRICTED";

	private final DemoTime time;

	private final PresetAccounts accounts;

	private final MissionManagement missions;

	private final MissionStaff staff;

	private final Departures departures;

	private final Proceedings proceedings;

	private final Host host;

	private final RelationsRegister relations;

	RussianMission(DemoTime time, PresetAccounts accounts, MissionManagement missions, MissionStaff staff,
			Departures departures, Proceedings proceedings, Host host, RelationsRegister relations) {
		this.relations = relations;
		this.time = time;
		this.accounts = accounts;
		this.missions = missions;
		this.staff = staff;
		this.departures = departures;
		this.proceedings = proceedings;
		this.host = host;
	}

	void load() {
		UUID mission = establish();
		List<UUID> members = new ArrayList<>();
		for (int n = 0; n < 27; n++) {
			LocalDate arrival = LocalDate.parse("2017-02-01").plusDays(9L * n);
			time.at(arrival + "T10:00");
			int member = n;
			members.add(officer(() -> staff.member(mission, "RUS", InventedNames.russian(member), member, arrival).id()));
		}
		List<UUID> requests = new ArrayList<>();
		for (int n = 27; n < 30; n++) {
			LocalDate arrival = LocalDate.parse("2018-02-12").plusDays(10L * (n - 27));
			time.at(arrival + "T10:00");
			int member = n;
			requests.add(officer(() -> staff.request(mission, "RUS", InventedNames.russian(member), member, arrival).id()));
		}
		march2018(mission, members.subList(0, 7), requests);
		// Two ordinary departures in between leave 18 members, two posts vacant under the ceiling of 20.
		depart(members.get(7), "2019-07-31");
		depart(members.get(8), "2020-08-31");
		relations.april2021();
		october2021(mission, members.subList(9, 17));
		time.at("2021-11-02T09:30");
		officer(() -> missions.changeStatus(mission, MissionStatus.SUSPENDED, LocalDate.parse("2021-11-01"),
				"Russia suspended its mission to NATO"));
	}

	private UUID establish() {
		time.at("2017-01-16T10:00");
		return officer(() -> {
			UUID id = missions.establish("RUS", NAME, MissionKind.PERMANENT_MISSION, LocalDate.parse("2017-01-16")).id();
			missions.setCeiling(id, LocalDate.parse("2017-01-16"), 30, Map.of(), "Ceiling agreed at establishment");
			// Invented contact details, on a reserved domain.
			missions.setContact(id, new MissionContact("NATO Headquarters, building RUS\nBoulevard Léopold III\n1110 Brussels\nBelgium",
					"+32 2 555 0150", "protocol@rus-mission.example", "https://rus-mission.example", LocalDate.parse("2017-01-16")));
			return id;
		});
	}

	/** The executive's withdrawals and refusals, signed at once; the council's ceiling of 20 from 1 April. */
	private void march2018(UUID mission, List<UUID> withdrawn, List<UUID> refused) {
		time.at("2018-03-27T09:30");
		UUID executive = officer(() -> proceedings.draft("Response to the nerve-agent attack in Salisbury.",
				CLASSIFICATION, null, new Measures(withdrawn, LocalDate.parse("2018-04-03"), refused, null, null)));
		time.at("2018-03-27T10:00");
		accounts.actingAs(DemoAccounts.EXECUTIVE, () -> proceedings.sign(executive));
		proceedings.applyDue();

		time.at("2018-03-27T11:00");
		UUID council = officer(() -> proceedings.draft("Reduction of the mission's size after the Salisbury attack.",
				CLASSIFICATION, time.startOf("2018-04-01"), new Measures(List.of(), null, List.of(), mission, 20)));
		officer(() -> proceedings.circulate(council, time.at("2018-03-27T11:05").plusDays(2)));
		allConcur(council, "2018-03-27T14:00");
		time.at("2018-04-01T00:00");
		proceedings.applyDue();
		confirmDepartures(withdrawn, "2018-04-02", "2018-04-03T11:00");
	}

	/** One council decision: 8 withdrawn, leaving by the end of October, and a ceiling of 10 from 1 November. */
	private void october2021(UUID mission, List<UUID> withdrawn) {
		time.at("2021-10-06T09:00");
		UUID council = officer(() -> proceedings.draft(
				"Activities incompatible with the status of accredited staff.", CLASSIFICATION,
				time.startOf("2021-11-01"), new Measures(withdrawn, LocalDate.parse("2021-10-31"), List.of(), mission, 10)));
		officer(() -> proceedings.circulate(council, time.at("2021-10-06T09:30").plusDays(14)));
		allConcur(council, "2021-10-06T15:00");
		time.at("2021-11-01T00:00");
		proceedings.applyDue();
		confirmDepartures(withdrawn, "2021-10-29", "2021-11-01T10:00");
	}

	/** Every member state of the day concurs through its delegate, a few minutes apart. */
	private void allConcur(UUID decision, String from) {
		OffsetDateTime start = time.at(from);
		List<String> states = host.membersOn(host.localDate(start)).stream().map(Host.Member::state).toList();
		for (int i = 0; i < states.size(); i++) {
			time.at(start.toLocalDateTime().plusMinutes(7L * i).toString());
			accounts.actingAs(DemoAccounts.delegateOf(states.get(i)), () -> proceedings.concur(decision));
		}
	}

	private void confirmDepartures(List<UUID> withdrawn, String departedOn, String confirmedAt) {
		time.at(confirmedAt);
		withdrawn.forEach(id -> officer(() -> departures.confirmDeparture(id, LocalDate.parse(departedOn))));
	}

	private void depart(UUID member, String day) {
		time.at(day + "T16:00");
		officer(() -> departures.notifyDeparture(member, LocalDate.parse(day), "End of posting"));
	}

	private <T> T officer(Supplier<T> work) {
		return accounts.actingAs(DemoAccounts.OFFICER, work);
	}

	private void officer(Runnable work) {
		accounts.actingAs(DemoAccounts.OFFICER, work);
	}
}
