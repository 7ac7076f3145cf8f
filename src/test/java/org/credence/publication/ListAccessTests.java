package org.credence.publication;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.EmptyDatabase;

/** With credence.publication.public-list=false, the list in every format and all under it need a login. */
@CredenceTest
class ListAccessTests {

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void aListClosedToThePublicAsksForALoginButStillAnswersThoseLoggedIn() {
		try (EmptyDatabase database = new EmptyDatabase(dataSource);
				ConfigurableApplicationContext server = database.start(false, "--credence.publication.public-list=false")) {
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
	}

	@Test
	void anOpenListNeedsNoLogin() {
		assertThat(api.anonymous().get("/public/diplomatic-list.json").status()).isEqualTo(200);
		assertThat(api.anonymous().get("/public/diplomatic-list").status()).isEqualTo(200);
	}
}
