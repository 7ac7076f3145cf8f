package org.credence.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.credence.registry.web.Pages;
import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

import tools.jackson.databind.JsonNode;

/** Cards issued, replaced, returned and renewed through the API and the pages, their PDF and their public verification. */
@CredenceTest
class CredentialTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void today() {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
	}

	@Test
	void aLostCardIsReplacedAndOnlyTheNewOneVerifies() {
		String accreditation = fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2021-09-01");
		JsonNode card = issue(accreditation);
		String number = card.get("number").asString();
		assertThat(number).matches("DA-2021-\\d{4}");
		assertThat(card.get("state").asString()).isEqualTo("ISSUED");
		String client = client();
		assertThat(verify(number, client).body()).contains("\"valid\":true").contains("\"category\":\"DIPLOMATIC_AGENT\"");

		Api.Response replaced = api.post("/api/credentials/" + card.get("id").asString() + "/loss", json("stolen", false));
		assertThat(replaced.status()).as(replaced.text()).isEqualTo(201);
		String newNumber = replaced.json().get("number").asString();
		assertThat(newNumber).isNotEqualTo(number).matches("DA-2021-\\d{4}");
		assertThat(replaced.json().get("replaces").asString()).isEqualTo(card.get("id").asString());
		assertThat(replaced.json().get("expiresOn").asString()).isEqualTo(card.get("expiresOn").asString());

		assertThat(api.get("/api/credentials/" + card.get("id").asString()).json().get("state").asString()).isEqualTo("LOST");
		Raw old = verify(number, client);
		assertThat(old.status()).isEqualTo(200);
		assertThat(old.body()).contains("\"valid\":false").doesNotContain("DIPLOMATIC_AGENT");
		assertThat(verify(newNumber, client).body()).contains("\"valid\":true");
		// The lost card is out of use: it cannot be reported again, nor returned.
		assertThat(api.post("/api/credentials/" + card.get("id").asString() + "/return", "{}").status()).isEqualTo(409);
		assertThat(api.get("/api/accreditations/" + accreditation + "/credentials").json().size()).isEqualTo(2);
	}

	@Test
	void aCardNotReturnedAfterTheDepartureIsListedUntilItIsReturned() {
		String accreditation = fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2021-09-01");
		JsonNode card = issue(accreditation);
		String number = card.get("number").asString();
		Api.Response departure = api.post("/api/accreditations/" + accreditation + "/departure",
				json("departureDate", "2021-10-10"));
		assertThat(departure.status()).as(departure.text()).isEqualTo(200);
		assertThat(numbers(api.get("/api/credentials/unreturned").json())).doesNotContain(number);

		clock.set(Instant.parse("2021-10-20T10:00:00Z"));
		JsonNode unreturned = api.get("/api/credentials/unreturned").json();
		JsonNode ours = find(unreturned, number);
		assertThat(ours.get("dueBy").asString()).isEqualTo("2021-10-09");
		assertThat(ours.get("daysLate").asInt()).isEqualTo(11);
		// Verification follows the accreditation: it ended, so the card no longer verifies.
		assertThat(verify(number, client()).body()).contains("\"valid\":false");
		String page = new Pages(api.baseUrl()).get("/credentials").html();
		assertThat(page).contains(number);
		assertThat(new Pages(api.baseUrl()).get("/departures/overdue").html()).contains("/credentials#unreturned");

		Api.Response returned = api.post("/api/credentials/" + card.get("id").asString() + "/return", "{}");
		assertThat(returned.status()).as(returned.text()).isEqualTo(200);
		assertThat(returned.json().get("state").asString()).isEqualTo("RETURNED");
		assertThat(numbers(api.get("/api/credentials/unreturned").json())).doesNotContain(number);
	}

	@Test
	void theCardPdfIsCardSizedOnBothSidesWithNameAndNumberInThePagesLanguage() throws IOException {
		String accreditation = fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2021-09-01");
		JsonNode card = issue(accreditation);
		String id = card.get("id").asString();
		HttpResponse<String> photo = put("/api/credentials/" + id + "/photo", "image/png", png());
		assertThat(photo.statusCode()).as(photo.body()).isEqualTo(200);
		assertThat(photo.body()).contains("\"hasPhoto\":true");
		String name = api.get("/api/persons/" + card.get("personId").asString()).json().get("nameLatin").asString();

		PdfReader reader = new PdfReader(pdf("/api/credentials/" + id + "/card.pdf", "fr"));
		assertThat(reader.getNumberOfPages()).isEqualTo(2);
		for (int page = 1; page <= 2; page++) {
			Rectangle size = reader.getPageSize(page);
			assertThat(size.getWidth()).isCloseTo(85.60f / 25.4f * 72, org.assertj.core.data.Offset.offset(0.1f));
			assertThat(size.getHeight()).isCloseTo(53.98f / 25.4f * 72, org.assertj.core.data.Offset.offset(0.1f));
		}
		PdfTextExtractor text = new PdfTextExtractor(reader);
		String front = text.getTextFromPage(1);
		assertThat(front).contains(name).contains(card.get("number").asString()).contains("Agent diplomatique")
			.contains("Valable jusqu’au");
		// The address of the verification wraps on the narrow card: read it whole.
		assertThat(text.getTextFromPage(2).replaceAll("\\s", "")).contains("/public/credentials/" + card.get("number").asString());
		String english = new PdfTextExtractor(new PdfReader(pdf("/api/credentials/" + id + "/card.pdf", "en")))
			.getTextFromPage(1);
		assertThat(english).contains("Diplomatic agent").contains("Valid until");
	}

	@Test
	void aPhotoOfAnotherTypeIsRefusedNamingTheField() {
		String accreditation = fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2021-09-01");
		String id = issue(accreditation).get("id").asString();
		byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
		// Called a PNG by the client: the bytes say otherwise.
		HttpResponse<String> refused = put("/api/credentials/" + id + "/photo", "image/png", gif);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(refused.body()).contains("\"type\":\"/problems/invalid-input\"").contains("\"field\":\"photo\"")
			.contains("JPEG or PNG");
		assertThat(api.get("/api/credentials/" + id).json().get("hasPhoto").asBoolean()).isFalse();
	}

	@Test
	void thePublicVerificationSaysValidInvalidOrUnknownAndLimitsEachAddress() {
		String accreditation = fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2021-09-01");
		JsonNode card = issue(accreditation);
		String number = card.get("number").asString();
		String client = client();
		Raw valid = verify(number, client);
		assertThat(valid.status()).isEqualTo(200);
		assertThat(valid.body()).contains("\"number\":\"" + number + "\"", "\"valid\":true", "\"category\":\"DIPLOMATIC_AGENT\"");
		String stranger = accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(fixtures.mission("RUS", "2017-01-01")),
				null).token();
		assertThat(verify(number, client, stranger).body()).contains("\"valid\":true");
		assertThat(api.post("/api/credentials/" + card.get("id").asString() + "/cancellation", "{}").status()).isEqualTo(200);
		assertThat(verify(number, client).body()).contains("\"valid\":false").doesNotContain("DIPLOMATIC_AGENT");
		Raw unknown = verify("XX-1999-" + UUID.randomUUID().toString().substring(0, 6), client);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("/problems/not-found");

		String limited = client();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 31; i++) {
			statuses.add(verify(number, limited).status());
		}
		assertThat(statuses.subList(0, 30)).containsOnly(200);
		Raw refused = verify(number, limited);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("retry-after")).matches("\\d+");
		assertThat(refused.header("content-type")).startsWith("application/problem+json");
		assertThat(refused.body()).contains("/problems/too-many-verifications");
		// Another address is not held back; the limited one may ask again in the next minute.
		assertThat(verify(number, client).status()).isEqualTo(200);
		clock.set(Instant.parse("2021-10-06T10:01:00Z"));
		assertThat(verify(number, limited).status()).isEqualTo(200);
	}

	@Test
	void aMissionAdministratorSeesTheirOwnExpiringCardsAndRequestsARenewalTheProtocolOfficerApproves() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String other = fixtures.mission("RUS", "2017-01-01");
		JsonNode card = issue(fixtures.member(mission, "2021-09-01"), "2021-11-20");
		JsonNode elsewhere = issue(fixtures.member(other, "2021-09-01"), "2021-11-20");
		JsonNode later = issue(fixtures.member(mission, "2021-09-01"), "2022-06-01");
		TestAccounts.User administrator = accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(mission), null);
		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		Api own = api.as(administrator.token());

		List<String> seen = numbers(own.get("/api/credentials/expiring").json());
		assertThat(seen).contains(card.get("number").asString())
			.doesNotContain(elsewhere.get("number").asString(), later.get("number").asString());
		assertThat(numbers(api.as(officer.token()).get("/api/credentials/expiring").json()))
			.contains(card.get("number").asString(), elsewhere.get("number").asString());
		assertThat(own.post("/api/credentials/" + elsewhere.get("id").asString() + "/renewal-requests", "{}").status())
			.isEqualTo(404);

		Api.Response requested = own.post("/api/credentials/" + card.get("id").asString() + "/renewal-requests",
				json("reason", "Expires before the end of the posting"));
		assertThat(requested.status()).as(requested.text()).isEqualTo(201);
		assertThat(own.post("/api/credentials/renewals/" + requested.id() + "/approval", "{}").status()).isEqualTo(403);
		Api.Response renewed = api.as(officer.token()).post("/api/credentials/renewals/" + requested.id() + "/approval", "{}");
		assertThat(renewed.status()).as(renewed.text()).isEqualTo(201);
		assertThat(renewed.json().get("number").asString()).isNotEqualTo(card.get("number").asString());
		assertThat(renewed.json().get("expiresOn").asString()).isEqualTo("2024-10-06");
		assertThat(api.get("/api/credentials/" + card.get("id").asString()).json().get("state").asString())
			.isEqualTo("RENEWED");
		assertThat(numbers(own.get("/api/credentials/expiring").json())).doesNotContain(card.get("number").asString());
	}

	@Test
	void theCredentialsPageSpeaksFrench() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		JsonNode card = issue(fixtures.member(mission, "2021-09-01"), "2021-11-20");
		TestAccounts.User administrator = accounts.user(Role.MISSION_ADMINISTRATOR, UUID.fromString(mission), null);
		Pages pages = Pages.as(api.baseUrl(), administrator.name(), administrator.password());
		String html = pages.get("/credentials?lang=fr").html();
		assertThat(html).contains("Cartes d’identité").contains("Expirant dans les 60\u00a0prochains jours")
			.contains(card.get("number").asString()).contains("20 novembre 2021")
			.contains("Demander le renouvellement").doesNotContain("Request renewal").doesNotContain("Expiring in")
			.contains("avant le 6 octobre 2021.");

		Pages.Page requested = pages.post("/credentials/" + card.get("id").asString() + "/renewal-request", Map.of());
		assertThat(requested.status()).isEqualTo(302);
		String after = pages.get("/credentials?lang=fr").html();
		assertThat(after).contains("Le renouvellement de la carte " + card.get("number").asString() + " est demandé.")
			.contains("Renouvellement demandé").contains("En attente du chef du protocole");
	}

	@Test
	void aCardExpiresAtTheAccreditationsExpectedTermOrAfterThreeYearsAtMost() {
		String mission = fixtures.mission("RUS", "2017-01-01");
		String shortTerm = fixtures.request(mission, "2021-09-01");
		assertThat(api.post("/api/accreditations/" + shortTerm + "/approval", json("credentialExpiresOn", "2023-06-30"))
			.status()).isEqualTo(200);
		String longTerm = fixtures.request(mission, "2021-09-01");
		assertThat(api.post("/api/accreditations/" + longTerm + "/approval", json("credentialExpiresOn", "2030-06-30"))
			.status()).isEqualTo(200);

		assertThat(issue(shortTerm).get("expiresOn").asString()).isEqualTo("2023-06-30");
		assertThat(issue(longTerm).get("expiresOn").asString()).isEqualTo("2024-10-06");
		Api.Response tooLong = api.post("/api/credentials",
				json("accreditationId", fixtures.member(mission, "2021-09-01"), "expiresOn", "2025-01-01"));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.text()).contains("\"field\":\"expiresOn\"");
		Api.Response again = api.post("/api/credentials", json("accreditationId", shortTerm));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains("/problems/credential-already-issued");
	}

	/** As of a day: the cards valid then, a lost one until its loss, its replacement from then on. */
	@Test
	void theCardsValidOnADayAreThoseInHandThen() {
		String accreditation = fixtures.member(fixtures.mission("RUS", "2017-01-01"), "2021-09-01");
		JsonNode card = issue(accreditation);
		String number = card.get("number").asString();
		clock.set(Instant.parse("2021-11-15T10:00:00Z"));
		String replacement = api.post("/api/credentials/" + card.get("id").asString() + "/loss", json("stolen", true))
			.json().get("number").asString();

		assertThat(numbers(api.get("/api/credentials/valid?on=2021-10-06").json())).doesNotContain(number, replacement);
		assertThat(numbers(api.get("/api/credentials/valid?on=2021-10-07").json())).contains(number)
			.doesNotContain(replacement);
		assertThat(numbers(api.get("/api/credentials/valid?on=2021-11-16").json())).contains(replacement)
			.doesNotContain(number);
		assertThat(api.get("/api/credentials/valid?on=2021-13-01").status()).isEqualTo(400);
	}

	private JsonNode issue(String accreditation) {
		Api.Response issued = api.post("/api/credentials", json("accreditationId", accreditation));
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		return issued.json();
	}

	private JsonNode issue(String accreditation, String expiresOn) {
		Api.Response issued = api.post("/api/credentials", json("accreditationId", accreditation, "expiresOn", expiresOn));
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		return issued.json();
	}

	private static List<String> numbers(JsonNode list) {
		List<String> numbers = new ArrayList<>();
		list.forEach(card -> numbers.add(card.get("number").asString()));
		return numbers;
	}

	private static JsonNode find(JsonNode list, String number) {
		for (JsonNode card : list) {
			if (card.get("number").asString().equals(number)) {
				return card;
			}
		}
		throw new AssertionError(number + " is not listed in " + list);
	}

	private HttpResponse<String> put(String path, String contentType, byte[] body) {
		try {
			return CLIENT.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
				.header("Authorization", "Bearer " + accounts.adminToken())
				.header("Content-Type", contentType)
				.PUT(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private byte[] pdf(String path, String language) {
		try {
			HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
				.header("Authorization", "Bearer " + accounts.adminToken())
				.header("Accept", "application/pdf")
				.header("Accept-Language", language)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
			return response.body();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static byte[] png() {
		BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, 0xFFFFFF);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A loopback address of its own (anything in 127.0.0.0/8 reaches this host): a client the limit has not seen. */
	private static String client() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "127." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(2, 255);
	}

	record Raw(int status, List<String> headers, String body) {

		String header(String name) {
			return headers.stream()
				.filter(h -> h.toLowerCase().startsWith(name + ":"))
				.map(h -> h.substring(h.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("");
		}
	}

	/** The public verification asked from that client address, over a socket bound to it: no login, no token. */
	private Raw verify(String number, String clientAddress) {
		return verify(number, clientAddress, null);
	}

	/** As a logged-in caller too: the answer is the same whoever asks. */
	private Raw verify(String number, String clientAddress, String bearer) {
		URI base = URI.create(api.baseUrl());
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(clientAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
			socket.setSoTimeout(10000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET /public/credentials/" + number + " HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n"
					+ (bearer == null ? "" : "Authorization: Bearer " + bearer + "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			int status = Integer.parseInt(in.readLine().split(" ")[1]);
			List<String> headers = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				headers.add(line);
			}
			StringBuilder body = new StringBuilder();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				body.append(line).append('\n');
			}
			return new Raw(status, headers, body.toString().trim());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
