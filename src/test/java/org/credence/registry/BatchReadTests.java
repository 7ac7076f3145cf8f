package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * Missions, accreditations and persons read many at once show each caller exactly what reading them
 * one at a time shows: a mission administrator, nothing outside their mission.
 */
@CredenceTest
class BatchReadTests {

	@Autowired
	Registry registry;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	UUID own;

	UUID other;

	UUID ownMember;

	UUID otherMember;

	UUID ownPerson;

	UUID otherPerson;

	UUID unaccredited;

	@BeforeEach
	void twoMissions() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		own = UUID.fromString(fixtures.mission("RUS", "2017-01-01"));
		other = UUID.fromString(fixtures.mission("RUS", "2017-01-01"));
		ownMember = UUID.fromString(fixtures.member(own.toString(), "2021-01-10"));
		otherMember = UUID.fromString(fixtures.request(other.toString(), "2021-11-01"));
		ownPerson = personOf(ownMember);
		otherPerson = personOf(otherMember);
		unaccredited = UUID.fromString(fixtures.person("RUS"));
	}

	@Test
	void aMissionAdministratorReadsOnlyTheirMissionAndItsPeopleAsWhenReadingOneAtATime() {
		accounts.as(Role.MISSION_ADMINISTRATOR, own, () -> {
			assertSameAsOneAtATime(List.of(own, other, UUID.randomUUID()), List.of(ownMember, otherMember),
					List.of(ownPerson, otherPerson, unaccredited));
			assertThat(registry.findMissions(List.of(own, other)).keySet()).containsExactly(own);
			assertThat(registry.findAccreditations(List.of(ownMember, otherMember)).keySet()).containsExactly(ownMember);
			assertThat(registry.findPersons(List.of(ownPerson, otherPerson, unaccredited)).keySet())
				.containsExactly(ownPerson);
		});
	}

	@Test
	void anyoneElseReadsEveryRecordNamedAndNothingForNoIds() {
		accounts.as(Role.PROTOCOL_OFFICER, null, () -> {
			UUID unknown = UUID.randomUUID();
			assertSameAsOneAtATime(List.of(own, other, unknown), List.of(ownMember, otherMember, unknown),
					List.of(ownPerson, otherPerson, unaccredited, unknown));
			assertThat(registry.findMissions(List.of(own, other, unknown)).keySet()).containsExactlyInAnyOrder(own, other);
			assertThat(registry.findAccreditations(List.of(ownMember, otherMember)).get(otherMember).missionId())
				.isEqualTo(other);
			assertThat(registry.findPersons(List.of(ownPerson, otherPerson, unaccredited)).keySet())
				.containsExactlyInAnyOrder(ownPerson, otherPerson, unaccredited);
			assertThat(registry.findMissions(List.of())).isEmpty();
		});
	}

	private void assertSameAsOneAtATime(List<UUID> missions, List<UUID> accreditations, List<UUID> persons) {
		assertThat(registry.findMissions(missions)).isEqualTo(oneAtATime(missions, registry::findMission));
		assertThat(registry.findAccreditations(accreditations))
			.isEqualTo(oneAtATime(accreditations, registry::findAccreditation));
		assertThat(registry.findPersons(persons)).isEqualTo(oneAtATime(persons, registry::findPerson));
	}

	private static <T> Map<UUID, T> oneAtATime(List<UUID> ids, Function<UUID, Optional<T>> find) {
		Map<UUID, T> found = new HashMap<>();
		ids.forEach(id -> find.apply(id).ifPresent(record -> found.put(id, record)));
		return found;
	}

	private UUID personOf(UUID accreditation) {
		return UUID.fromString(api.get("/api/accreditations/" + accreditation).json().get("personId").asString());
	}
}
