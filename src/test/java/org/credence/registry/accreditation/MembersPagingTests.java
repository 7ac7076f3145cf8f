package org.credence.registry.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertInvalid;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * A mission's members come a page at a time, cut by the database, in the order they took up their
 * positions, with the Link header other lists give; a page size or number that cannot be is refused.
 */
@CredenceTest
class MembersPagingTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	String mission;

	List<String> members;

	@BeforeEach
	void threeMembers() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		mission = fixtures.mission("RUS", "2017-01-01");
		members = List.of(fixtures.member(mission, "2021-03-01"), fixtures.member(mission, "2021-01-01"),
				fixtures.member(mission, "2021-02-01"));
	}

	@Test
	void pagesInTheOrderOfArrivalWithALinkToTheNext() {
		String path = "/api/missions/" + mission + "/members?asOf=2021-10-01";
		Api.Response first = api.get(path + "&limit=2");
		String next = first.headers().firstValue("Link").orElseThrow();
		Api.Response second = api.get(next.substring(1, next.indexOf('>')));

		assertThat(next).isEqualTo("</api/missions/" + mission + "/members?asOf=2021-10-01&limit=2&page=2>; rel=\"next\"");
		assertThat(ids(first)).containsExactly(members.get(1), members.get(2));
		assertThat(ids(second)).containsExactly(members.get(0));
		assertThat(second.headers().firstValue("Link")).isEmpty();
		assertThat(ids(api.get(path + "&limit=2&page=3"))).isEmpty();
		assertThat(ids(api.get(path))).as("a page of 100 by default").containsExactly(members.get(1), members.get(2),
				members.get(0));
		assertThat(api.get(path).headers().firstValue("Link")).isEmpty();
		assertThat(api.get(path).json().get(0).path("personName").asString()).startsWith("Testov ");
		assertThat(ids(api.get("/api/missions/" + mission + "/members?asOf=2021-02-15"))).containsExactly(members.get(1),
				members.get(2));
	}

	@Test
	void aSizeOrPageThatCannotBeIsRefusedNamingIt() {
		String path = "/api/missions/" + mission + "/members";
		assertThat(assertInvalid(api.get(path + "?limit=0"))).containsOnlyKeys("limit");
		assertThat(assertInvalid(api.get(path + "?limit=1001"))).containsOnlyKeys("limit");
		assertThat(assertInvalid(api.get(path + "?limit=ten"))).containsOnlyKeys("limit");
		assertThat(assertInvalid(api.get(path + "?page=0"))).containsOnlyKeys("page");
		assertThat(assertInvalid(api.get(path + "?page=first"))).containsOnlyKeys("page");
		assertThat(ids(api.get(path + "?limit=1000&page=2147483647"))).isEmpty();
	}

	private static List<String> ids(Api.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json().valueStream().map(member -> member.path("id").asString()).toList();
	}
}
