package org.credence.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.util.stream.StreamSupport;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;

/**
 * A server of a host state whose list is closed to the public ({@code public-list=false}): the list
 * in every format and all under it need a login, and its missions follow their heads' precedence.
 */
@CredenceTest
class ListAccessTests {

	private static EmptyDatabase database;

	private static ConfigurableApplicationContext server;

	@Autowired
	Api api;

	@BeforeAll
	static void start(@Autowired DataSource dataSource) {
		database = new EmptyDatabase(dataSource);
		server = database.start(false, "--credence.publication.public-list=false", "--credence.host.kind=STATE",
				"--credence.host.name-en=Czech Republic", "--credence.host.name-fr=République tchèque");
	}

	@AfterAll
	static void stop() {
		server.close();
		database.close();
	}

	@Test
	void aListClosedToThePublicAsksForALoginButStillAnswersThoseLoggedIn() {
		Api anonymous = api.to(server.getEnvironment()).anonymous();
		// A browser is sent to the login page; a program is told that a login is needed.
		Api.Response page = anonymous.request("GET", "/public/diplomatic-list", null, null, "Accept", "text/html");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
		for (String path : new String[] { "/public/diplomatic-list", "/public/diplomatic-list.json",
				"/public/diplomatic-list.csv", "/public/diplomatic-list.pdf", "/public/diplomatic-list/changes.atom" }) {
			assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
		}
		assertThat(anonymous.get("/login").status()).isEqualTo(200);
		Api reader = api.to(server.getEnvironment()).as(EmptyDatabase.token("list-reader", "AUDITOR"));
		assertThat(reader.get("/public/diplomatic-list.json").status()).isEqualTo(200);
	}

	@Test
	void toAHostStateHeadsOfMissionFollowTheDayTheyTookUpFunctions() {
		Api keeper = api.to(server.getEnvironment()).as(EmptyDatabase.token("list-keeper", "PROTOCOL_OFFICER"));
		establish(keeper, "AUT", "Embassy of Austria", "2020-05-01");
		establish(keeper, "DEU", "Embassy of Germany", "2019-03-01");
		establish(keeper, "BEL", "Embassy of Belgium", null);

		Api.Response list = keeper.get("/public/diplomatic-list.json?date=2021-01-01");

		assertThat(StreamSupport.stream(list.json().path("missions").spliterator(), false).map(m -> m.path("name").asString()))
			.containsExactly("Embassy of Germany", "Embassy of Austria", "Embassy of Belgium");
	}

	@Test
	void anOpenListNeedsNoLogin() {
		assertThat(api.anonymous().get("/public/diplomatic-list.json").status()).isEqualTo(200);
		assertThat(api.anonymous().get("/public/diplomatic-list").status()).isEqualTo(200);
	}

	private static void establish(Api keeper, String state, String name, String headSince) {
		Api.Response mission = keeper.post("/api/missions", json("sendingState", state, "name", name, "kind", "EMBASSY",
				"establishedOn", "2018-01-01"));
		assertThat(mission.status()).as(mission.text()).isEqualTo(201);
		Api.Response contact = keeper.request("PUT", "/api/missions/" + mission.id() + "/contact", "application/json",
				json("headTookUpFunctionsOn", headSince));
		assertThat(contact.status()).as(contact.text()).isEqualTo(200);
	}
}
