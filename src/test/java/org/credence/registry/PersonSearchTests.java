package org.credence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.person.Person;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.SentStatements;

/**
 * A person is found by a part of any of their names, in any case and script, and the search reads the
 * trigram indexes of those names rather than every person.
 */
@CredenceTest
class PersonSearchTests {

	@Autowired
	Api api;

	@Autowired
	Registry registry;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DataSource dataSource;

	@Test
	void aPartOfTheLatinNativeOrAnOtherNameFindsThePersonInAnyCase() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String person = api.post("/api/persons", json("nameNative", "Жанна Ворон" + tag, "nameLatin", "Zhanna Voron" + tag,
				"otherNames", List.of("Jeanne Corbeau" + tag), "birthDate", "1970", "nationality", "RUS", "sex", "FEMALE"))
			.id();

		for (String part : List.of("voron" + tag, "ВОРОН" + tag, "corbeau" + tag, " ZHANNA VORON" + tag + " ")) {
			JsonNode found = api.get("/api/persons?name=" + URLEncoder.encode(part, StandardCharsets.UTF_8)).json();
			assertThat(found.size()).as(part).isOne();
			assertThat(found.path(0).path("id").asString()).isEqualTo(person);
		}
		assertThat(api.get("/api/persons?name=Moineau" + tag).json().size()).isZero();
	}

	@Test
	void theSearchReadsTheTrigramIndexOfEachName() throws SQLException {
		AtomicReference<List<Person>> found = new AtomicReference<>();
		List<String> sent = SentStatements.during(dataSource,
				() -> accounts.as(Role.PROTOCOL_OFFICER, null, () -> found.set(registry.searchPersons("voron", 200))));
		assertThat(found.get()).isNotNull();
		assertThat(sent).hasSize(1);

		assertThat(plan(sent.get(0), "%voron%")).contains("person_name_latin_trigrams", "person_name_native_trigrams",
				"person_other_name_trigrams");
	}

	/**
	 * The plan of that statement, prepared as sent, for the text searched (its parameters typed text),
	 * no mission (uuid) and 200 rows (integers), with sequential scans made dearer than any index.
	 */
	private String plan(String sql, String like) throws SQLException {
		String numbered = sql;
		for (int n = 1; numbered.contains("?"); n++) {
			numbered = numbered.replaceFirst("\\?", "\\$" + n);
		}
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("set local enable_seqscan = off");
			statement.execute("prepare search as " + numbered);
			List<String> values = new ArrayList<>();
			try (ResultSet types = statement.executeQuery(
					"select unnest(parameter_types)::text from pg_prepared_statements where name = 'search'")) {
				while (types.next()) {
					String type = types.getString(1);
					values.add(type.equals("uuid") ? "null" : type.contains("int") ? "200" : "'" + like + "'");
				}
			}
			StringBuilder plan = new StringBuilder();
			try (ResultSet lines = statement.executeQuery("explain execute search(" + String.join(", ", values) + ")")) {
				while (lines.next()) {
					plan.append(lines.getString(1)).append('\n');
				}
			}
			connection.rollback();
			statement.execute("deallocate search");
			return plan.toString();
		}
	}
}
