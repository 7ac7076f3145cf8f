package org.credence.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/** The diplomatic list as CSV and PDF, read back with the libraries a reader would use. */
@CredenceTest
class ListDocumentsTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2021-11-10T10:00:00Z"));
	}

	@Test
	void theCsvHasTheDocumentedColumnsAndOneRowPerMemberListed() throws IOException {
		String mission = fixtures.mission("AUT", "2021-01-01");
		String member = fixtures.member(mission, "2021-02-01");
		String name = api.get("/api/missions/" + mission).json().path("name").asString();
		String personName = api.get("/api/accreditations/" + member).json().path("personName").asString();

		Api.Response response = api.anonymous().get("/public/diplomatic-list.csv?date=2021-07-01");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("text/csv;charset=UTF-8");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(response.text())).getRecords();
		assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(ListCsv.COLUMNS);
		List<CSVRecord> ours = rows.stream().filter(row -> row.get("mission").equals(name)).toList();
		assertThat(ours).hasSize(1);
		CSVRecord row = ours.get(0);
		assertThat(row.get("date")).isEqualTo("2021-07-01");
		assertThat(row.get("sending_state")).isEqualTo("AUT");
		assertThat(row.get("sending_state_name")).isEqualTo("Austria");
		assertThat(row.get("member_name")).isEqualTo(personName);
		assertThat(row.get("category")).isEqualTo("DIPLOMATIC_AGENT");
		assertThat(row.get("arrived_on")).isEqualTo("2021-02-01");
		assertThat(row.get("strength")).isEqualTo("1");
		assertThat(response.text()).doesNotContainIgnoringCase("birth");
	}

	/** As the published lists do: a member's spouse in the household, accredited that day, named with them. */
	@Test
	void aMembersSpouseIsNamedWithThem() throws IOException {
		String mission = fixtures.mission("AUT", "2021-01-01");
		String member = fixtures.member(mission, "2021-02-01");
		String name = api.get("/api/missions/" + mission).json().path("name").asString();
		String spouse = "Konstanze Ahornberger " + UUID.randomUUID().toString().substring(0, 8);
		Api.Response person = api.post("/api/persons", json("nameNative", spouse, "nameLatin", spouse, "nationality", "AUT",
				"sex", "FEMALE"));
		assertThat(person.status()).as(person.text()).isEqualTo(201);
		Api.Response added = api.post("/api/accreditations/" + member + "/household", json("personId", person.id(),
				"relation", "SPOUSE_OR_PARTNER", "linkedFrom", "2010-06-01", "arrivalDate", "2021-03-01"));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		assertThat(api.post("/api/accreditations/" + added.json().path("accreditationId").asString() + "/approval", "{}")
			.status()).isEqualTo(200);

		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(api.anonymous().get("/public/diplomatic-list.csv?date=2021-07-01").text())).getRecords();
		assertThat(rows.stream().filter(row -> row.get("mission").equals(name)).map(row -> row.get("spouse")).toList())
			.containsExactly(spouse);
		List<CSVRecord> before = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(api.anonymous().get("/public/diplomatic-list.csv?date=2021-02-15").text())).getRecords();
		assertThat(before.stream().filter(row -> row.get("mission").equals(name)).map(row -> row.get("spouse")).toList())
			.as("before the spouse's arrival").containsExactly("");
		assertThat(api.anonymous().get("/public/diplomatic-list?date=2021-07-01&lang=fr").text())
			.contains("conjoint : " + spouse);
	}

	@Test
	void thePdfHeadsEveryPageWithTheDateAndItsNumberInTheReadersLanguage() throws Exception {
		fixtures.member(fixtures.mission("AUT", "2021-01-01"), "2021-02-01");

		assertHeaders(pdf("/public/diplomatic-list.pdf?date=2021-07-01&lang=en"),
				"Diplomatic list at the end of 1 July 2021", "Page %d of %d");
		assertHeaders(pdf("/public/diplomatic-list.pdf?date=2021-07-01&lang=fr"),
				"Liste diplomatique à la fin du 1er juillet 2021", "Page %d sur %d");
	}

	@Test
	void aPdfOfADayWithoutMissionsSaysSoOnItsOnePage() throws Exception {
		PdfReader reader = new PdfReader(pdf("/public/diplomatic-list.pdf?date=1900-01-01&lang=fr"));

		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Aucune mission n’est inscrite ce jour-là.")
			.contains("Page 1 sur 1");
	}

	private static void assertHeaders(byte[] pdf, String heading, String pageOf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		int pages = reader.getNumberOfPages();
		PdfTextExtractor text = new PdfTextExtractor(reader);
		for (int page = 1; page <= pages; page++) {
			assertThat(text.getTextFromPage(page)).contains(heading).contains(pageOf.formatted(page, pages));
		}
	}

	private byte[] pdf(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}
}
