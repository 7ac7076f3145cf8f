package org.credence.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.ProblemAssertions.assertInvalid;
import static org.credence.support.ProblemAssertions.assertProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.Api.FilePart;
import org.credence.support.CredenceTest;

/**
 * Lists imported through the API from the bundled files: their counts, a new version replacing the
 * current one while the old is kept, a malformed file refused whole, only administrators importing.
 */
@CredenceTest
class ListImportTests {

	static final String OFAC = "/api/screening/lists/ofac-sdn/versions";

	static final String UN = "/api/screening/lists/un-consolidated/versions";

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfacSampleIsImportedWithItsEntriesIndividualsAndAliases() {
		Api.Response imported = api.upload(OFAC + "?published=2019-01-15", ofacFiles());

		assertThat(imported.status()).as(imported.text()).isEqualTo(201);
		JsonNode version = imported.json();
		assertThat(imported.location()).isEqualTo(OFAC + "/" + version.path("id").asString());
		assertThat(version.path("list").asString()).isEqualTo("ofac-sdn");
		assertThat(version.path("publishedOn").asString()).isEqualTo("2019-01-15");
		assertThat(version.path("importedBy").asString()).isEqualTo(TestAccounts.ADMIN_NAME);
		assertThat(version.path("current").asBoolean()).isTrue();
		JsonNode counts = version.path("counts");
		assertThat(counts.path("entries").asInt()).isEqualTo(7379);
		assertThat(counts.path("individuals").asInt()).isEqualTo(3845);
		assertThat(counts.path("entities").asInt() + counts.path("vessels").asInt() + counts.path("aircraft").asInt())
			.isEqualTo(7379 - 3845);
		assertThat(jdbc.sql("""
				select count(*) from watch_list_name n join watch_list_entry e on e.id = n.entry_id
				where e.version_id = ?::uuid and n.kind = 'STRONG_ALIAS'""").param(version.path("id").asString()).query(Long.class)
			.single()).as("the aliases of alt.csv").isEqualTo(9682);
		assertThat(version.path("files").findValuesAsString("part")).containsExactly("sdn", "alt", "add");
		assertThat(version.path("files").get(0).path("sha256").asString()).isEqualTo(sha256(bundled("ofac-sdn/sdn.csv")));
		assertThat(version.path("files").get(0).path("bytes").asLong()).isEqualTo(bundled("ofac-sdn/sdn.csv").length);
		assertThat(api.get("/api/journal?subject=" + version.path("id").asString()).json().path("entries")
			.findValuesAsString("action")).containsExactly("watch-list.imported");
	}

	@Test
	void aNewVersionBecomesCurrentAndTheOldIsKeptWithItsEntries() {
		JsonNode first = api.upload(UN, unFile()).json();
		Api.Response second = api.upload(UN, unFile());

		assertThat(second.status()).as(second.text()).isEqualTo(201);
		assertThat(second.json().path("number").asInt()).isEqualTo(first.path("number").asInt() + 1);
		assertThat(second.json().path("publishedOn").asString()).isEqualTo("2026-02-27");
		assertThat(second.json().path("counts").path("individuals").asInt()).isEqualTo(730);
		assertThat(second.json().path("counts").path("entities").asInt()).isEqualTo(273);
		JsonNode versions = api.get(UN).json();
		assertThat(versions.get(0).path("id").asString()).isEqualTo(second.json().path("id").asString());
		assertThat(versions.get(0).path("current").asBoolean()).isTrue();
		assertThat(versions.get(1).path("id").asString()).isEqualTo(first.path("id").asString());
		assertThat(versions.get(1).path("current").asBoolean()).isFalse();
		assertThat(versions.findValues("current").stream().filter(JsonNode::asBoolean)).hasSize(1);
		assertThat(entries(first.path("id").asString())).isEqualTo(730 + 273);
		JsonNode lists = api.get("/api/screening/lists").json();
		assertThat(lists.valueStream().map(list -> list.path("id").asString())).containsExactly("ofac-sdn",
				"un-consolidated", "registry");
		assertThat(lists.get(1).path("current").path("id").asString()).isEqualTo(second.json().path("id").asString());
		assertThat(lists.get(2).path("current").isNull()).isTrue();
		assertThat(api.get(UN + "/" + first.path("id").asString()).json().path("current").asBoolean()).isFalse();
	}

	@Test
	void aMalformedCsvLineIsRefusedNamingItAndNothingIsWritten() {
		String written = written();
		byte[] alt = (new String(bundled("ofac-sdn/alt.csv")) + "\n26171,99999,\"aka\"\n").getBytes();

		Api.Response refused = api.upload(OFAC, new FilePart("sdn", "sdn.csv", bundled("ofac-sdn/sdn.csv")),
				new FilePart("alt", "alt.csv", alt), new FilePart("add", "add.csv", bundled("ofac-sdn/add.csv")));

		JsonNode problem = assertProblem(refused, 422, "/problems/malformed-list-file");
		assertThat(problem.path("file").asString()).isEqualTo("alt.csv");
		assertThat(problem.path("line").asInt()).isEqualTo(9683);
		assertThat(problem.path("detail").asString()).contains("5 fields");
		assertThat(written()).isEqualTo(written);
	}

	@Test
	void aMalformedXmlElementIsRefusedNamingItAndNothingIsWritten() {
		String written = written();
		byte[] xml = new String(bundled("un-consolidated/consolidated.xml"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("<DATAID>6908402</DATAID>", "<DATAID>six</DATAID>")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		Api.Response refused = api.upload(UN, new FilePart("consolidated", "consolidated.xml", xml));

		JsonNode problem = assertProblem(refused, 422, "/problems/malformed-list-file");
		assertThat(problem.path("element").asString()).isEqualTo("/CONSOLIDATED_LIST/ENTITIES[1]/ENTITY[1]/DATAID[1]");
		assertThat(problem.path("line").asInt()).isPositive();
		assertThat(written()).isEqualTo(written);
	}

	@Test
	void onlyAdministratorsImportWhileSecurityOfficersRead() {
		Api security = api.as(accounts.user(Role.SECURITY_OFFICER, null, null).token());
		Api protocol = api.as(accounts.user(Role.PROTOCOL_OFFICER, null, null).token());
		String written = written();

		assertProblem(security.upload(UN, unFile()), 403, "/problems/forbidden");
		assertProblem(protocol.upload(OFAC, ofacFiles()), 403, "/problems/forbidden");
		assertProblem(protocol.get("/api/screening/lists"), 403, "/problems/forbidden");
		assertThat(security.get("/api/screening/lists").status()).isEqualTo(200);
		assertThat(security.get(UN).status()).isEqualTo(200);
		assertThat(written()).isEqualTo(written);
	}

	@Test
	void anUploadMissingAFileOrNotMultipartIsRefusedNamingTheParts() {
		assertThat(assertInvalid(api.upload(OFAC, new FilePart("sdn", "sdn.csv", bundled("ofac-sdn/sdn.csv")))))
			.containsOnlyKeys("alt", "add");
		assertThat(assertInvalid(api.post(UN, "{}"))).containsOnlyKeys("consolidated");
		assertThat(assertInvalid(api.upload(OFAC + "?published=2100-01-01", ofacFiles()))).containsOnlyKeys("published");
		assertProblem(api.get("/api/screening/lists/eu-consolidated/versions"), 404, "/problems/not-found");
		assertThat(api.get("/api/screening/lists/registry/versions").json().isEmpty()).isTrue();
	}

	static FilePart[] ofacFiles() {
		return new FilePart[] { new FilePart("sdn", "sdn.csv", bundled("ofac-sdn/sdn.csv")),
				new FilePart("alt", "alt.csv", bundled("ofac-sdn/alt.csv")),
				new FilePart("add", "add.csv", bundled("ofac-sdn/add.csv")) };
	}

	static FilePart unFile() {
		return new FilePart("consolidated", "consolidated.xml", bundled("un-consolidated/consolidated.xml"));
	}

	static byte[] bundled(String path) {
		try (InputStream in = ListImportTests.class.getResourceAsStream("/watchlists/" + path)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private long entries(String version) {
		return jdbc.sql("select count(*) from watch_list_entry where version_id = ?::uuid").param(version)
			.query(Long.class).single();
	}

	/** The rows of every list table and the imports journaled, to show a refused import wrote nothing. */
	private String written() {
		return List.of("watch_list_version", "watch_list_file", "watch_list_entry", "watch_list_name", "watch_list_birth",
				"watch_list_nationality", "watch_list_address").stream()
			.map(table -> table + "=" + jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList() + " journaled=" + jdbc.sql("select count(*) from journal_entry where action = 'watch-list.imported'")
				.query(Long.class).single();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
