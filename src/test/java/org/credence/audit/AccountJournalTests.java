package org.credence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;

/** Who may act is part of the record: account and token changes are journaled, without their secrets. */
@CredenceTest
class AccountJournalTests {

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void issuingAndRevokingATokenIsJournaledWithoutTheSecret() {
		Api asAuditor = api.as(accounts.user(Role.AUDITOR).token());
		Api.Response issued = asAuditor.post("/api/account/tokens", Fixtures.json("name", "reporting", "days", 30));
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		String tokenId = issued.json().get("token").get("id").asString();
		String secret = issued.json().get("secret").asString();

		assertThat(asAuditor.request("DELETE", "/api/account/tokens/" + tokenId, null, null).status()).isEqualTo(204);

		List<Map<String, Object>> entries = jdbc.sql("""
				select action, change::text as change from journal_entry
				where action like 'account.token-%' and change->>'tokenId' = ? order by id""")
			.param(tokenId)
			.query()
			.listOfRows();
		assertThat(entries).extracting(row -> row.get("action"))
			.containsExactly("account.token-issued", "account.token-revoked");
		assertThat(entries).allSatisfy(row -> assertThat(row.get("change").toString()).doesNotContain(secret));
	}

	@Test
	void anAdministratorsChangesToAUserAreJournaledWithoutThePassword() {
		Pages admin = new Pages(api.baseUrl());
		String name = "journaled-" + System.nanoTime();
		assertThat(admin.post("/admin/users", Map.of("name", name, "password", "a long enough password", "role",
				"AUDITOR")).status()).isEqualTo(302);

		JsonNode created = api.get("/api/journal?actor=" + TestAccounts.ADMIN_NAME + "&limit=1000").json();
		JsonNode entry = null;
		for (JsonNode candidate : created.get("entries")) {
			if ("account.created".equals(candidate.get("action").asString())
					&& name.equals(candidate.get("change").get("name").asString())) {
				entry = candidate;
			}
		}
		assertThat(entry).as("account.created entry for " + name).isNotNull();
		assertThat(entry.get("subjectType").asString()).isEqualTo("account");
		assertThat(entry.get("change").get("role").asString()).isEqualTo("AUDITOR");
		assertThat(entry.toString()).doesNotContain("a long enough password").doesNotContain("passwordHash");
	}
}
