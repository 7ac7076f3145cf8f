package org.credence.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import org.credence.credentials.CredentialIssuing;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.household.Relation;
import org.credence.registry.mission.MissionKind;
import org.credence.registry.mission.MissionContact;
import org.credence.registry.mission.MissionManagement;
import org.credence.security.PresetAccounts;

/**
 * Three partner missions with a few members, who arrived from 2022 on, and requests made in the last
 * days and still pending, and the members' identity cards, so that every page has something to show. The
 * names are invented.
 */
@Component
class PartnerMissions {

	/** A mission, its members and the requests still pending, each name given as "native|Latin|F or M". */
	private record Partner(String state, String name, String established, List<InventedNames.Name> members,
			List<InventedNames.Name> pending) {

		/** Invented contact details at the receiving party's headquarters, on reserved domains. */
		MissionContact contact() {
			String code = state.toLowerCase(Locale.ROOT);
			return new MissionContact("NATO Headquarters, building " + state + "\nBoulevard Léopold III\n1110 Brussels\nBelgium",
					"+32 2 555 0" + (100 + PARTNERS.indexOf(this)), "protocol@" + code + "-mission.example",
					"https://" + code + "-mission.example", LocalDate.parse(established).plusDays(1));
		}
	}

	private static final List<Partner> PARTNERS = List.of(
			new Partner("UKR", "Mission of Ukraine to NATO", "2022-01-10",
					InventedNames.of("Оксана Вербицька|Oksana Verbytska|F", "Тарас Ясенчук|Taras Yasenchuk|M",
							"Богдан Калиновський|Bohdan Kalynovskyi|M", "Ірина Лелеченко|Iryna Lelechenko|F"),
					InventedNames.of("Андрій Барвінчук|Andrii Barvinchuk|M", "Марія Соняшниченко|Mariia Soniashnychenko|F")),
			new Partner("GEO", "Mission of Georgia to NATO", "2022-02-14",
					InventedNames.of("ნინო ვაზიშვილი|Nino Vazishvili|F", "გიორგი ტყემალაძე|Giorgi Tkemaladze|M",
							"დავით ნაძვიშვილი|Davit Nadzvishvili|M", "თამარ ბროწეულიძე|Tamar Brotseulidze|F"),
					InventedNames.of("ეკა ალუბლიშვილი|Eka Alublishvili|F")),
			new Partner("MDA", "Mission of the Republic of Moldova to NATO", "2022-03-21",
					InventedNames.of("Ion Nucăreanu|Ion Nucareanu|M", "Doina Salcâmeanu|Doina Salcameanu|F",
							"Vasile Stejărel|Vasile Stejarel|M"),
					InventedNames.of("Elena Liliacescu|Elena Liliacescu|F", "Victor Ciocârlănel|Victor Ciocarlanel|M")));

	private final DemoTime time;

	private final PresetAccounts accounts;

	private final MissionManagement missions;

	private final MissionStaff staff;

	private final DemoAccounts demoAccounts;

	private final CredentialIssuing cards;

	PartnerMissions(DemoTime time, PresetAccounts accounts, MissionManagement missions, MissionStaff staff,
			DemoAccounts demoAccounts, CredentialIssuing cards) {
		this.cards = cards;
		this.time = time;
		this.accounts = accounts;
		this.missions = missions;
		this.staff = staff;
		this.demoAccounts = demoAccounts;
	}

	/** The missions, their members and requests, each step in the order it happened; the mission administrator's password. */
	String load(Instant present) {
		Map<Partner, UUID> established = new LinkedHashMap<>();
		for (Partner partner : PARTNERS) {
			LocalDate from = LocalDate.parse(partner.established());
			time.at(from + "T10:00");
			established.put(partner, officer(() -> {
				UUID id = missions.establish(partner.state(), partner.name(), MissionKind.PERMANENT_MISSION, from).id();
				missions.setContact(id, partner.contact());
				return id;
			}));
		}
		String password = demoAccounts.missionAdministrator(established.get(PARTNERS.get(0)));
		List<Arrival> arrivals = new ArrayList<>();
		established.forEach((partner, mission) -> {
			for (int n = 0; n < partner.members().size(); n++) {
				// A new member every eight months or so.
				LocalDate day = LocalDate.parse(partner.established()).plusDays(30 + 240L * n);
				arrivals.add(new Arrival(day, mission, partner.state(), partner.members().get(n), n));
			}
		});
		arrivals.sort(Comparator.comparing(Arrival::day));
		List<UUID> members = new ArrayList<>();
		for (Arrival arrival : arrivals) {
			time.at(arrival.day() + "T10:00");
			Accreditation member = officer(() -> staff.member(arrival.mission(), arrival.state(), arrival.name(),
					arrival.position(), arrival.day()));
			members.add(member.id());
			households(arrival, member, present);
		}
		// Every member's card issued a month ago, for three years but one, which expires within weeks:
		// the list of cards to renew has something to show.
		LocalDate renewed = time.daysAgo(present, 30);
		for (int n = 0; n < members.size(); n++) {
			UUID member = members.get(n);
			LocalDate expires = n == 0 ? renewed.plusDays(75) : null;
			officer(() -> cards.issueCard(member, expires));
		}
		// Requests of the last days, still pending: one or two a mission.
		for (int n = 0; n < 2; n++) {
			LocalDate day = time.daysAgo(present, 3 - n);
			int index = n;
			established.forEach((partner, mission) -> {
				if (index < partner.pending().size()) {
					officer(() -> staff.request(mission, partner.state(), partner.pending().get(index),
							partner.members().size() + index, day));
				}
			});
		}
		return password;
	}

	private record Arrival(LocalDate day, UUID mission, String state, InventedNames.Name name, int position) {
	}

	/**
	 * The households of two members, arrived with them: a spouse and two children in Ukraine's (the elder
	 * passing the age limit of 21 in about six weeks, so that the list of those passing it has someone),
	 * a spouse in Georgia's. Not counted toward the ceilings, as NATO's count staff only.
	 */
	private void households(Arrival arrival, Accreditation principal, Instant present) {
		LocalDate married = arrival.day().minusYears(14);
		if (arrival.state().equals("UKR") && arrival.position() == 0) {
			String elderBorn = time.localDate(present).minusYears(21).plusDays(45).toString();
			household(arrival, principal, "Микола Вербицький|Mykola Verbytskyi|M", Relation.SPOUSE_OR_PARTNER, married, "1979");
			household(arrival, principal, "Дарина Вербицька|Daryna Verbytska|F", Relation.CHILD, LocalDate.parse(elderBorn),
					elderBorn);
			household(arrival, principal, "Софія Вербицька|Sofiia Verbytska|F", Relation.CHILD, LocalDate.parse("2013-03-14"),
					"2013-03-14");
		}
		if (arrival.state().equals("GEO") && arrival.position() == 1) {
			household(arrival, principal, "ნანა ტყემალაძე|Nana Tkemaladze|F", Relation.SPOUSE_OR_PARTNER, married, "1983");
		}
	}

	private void household(Arrival arrival, Accreditation principal, String name, Relation relation, LocalDate linkedFrom,
			String born) {
		officer(() -> staff.householdMember(principal, arrival.state(), InventedNames.of(name).get(0), relation, linkedFrom,
				born, arrival.day()));
	}

	private <T> T officer(Supplier<T> work) {
		return accounts.actingAs(DemoAccounts.OFFICER, work);
	}
}
