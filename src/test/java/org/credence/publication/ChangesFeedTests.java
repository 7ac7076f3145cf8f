package org.credence.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * The published changes as Atom, read back with an XML parser: arrivals and departures of diplomatic
 * agents, new missions, status changes; nothing of other categories, requests, or a suspended mission's members.
 * Its own dates (2013), which no other test uses, keep other tests' changes out of its window.
 */
@CredenceTest
class ChangesFeedTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	private String mission;

	private String arrived;

	private String departed;

	private String servant;

	private String requested;

	@BeforeEach
	void changes() {
		clock.set(Instant.parse("2013-06-20T10:00:00Z"));
		mission = fixtures.mission("RUS", "2013-06-03");
		arrived = name(fixtures.member(mission, "2013-06-05"));
		String leaving = fixtures.member(mission, "2013-06-04");
		departed = name(leaving);
		Api.Response departure = api.post("/api/accreditations/" + leaving + "/departure",
				Fixtures.json("departureDate", "2013-06-12"));
		assertThat(departure.status()).as(departure.text()).isEqualTo(200);
		String staffPerson = fixtures.person("RUS");
		Api.Response staff = fixtures.arrival(mission, staffPerson, "SERVICE_STAFF", "2013-06-06");
		assertThat(api.post("/api/accreditations/" + staff.id() + "/approval", "{}").status()).isEqualTo(200);
		servant = name(staff.id());
		requested = name(fixtures.request(mission, "2013-06-07"));
	}

	@Test
	void anArrivalADepartureAndTheNewMissionArePublishedAndNothingElse() throws Exception {
		Api.Response response = api.anonymous().get("/public/diplomatic-list/changes.atom?since=2013-06-01");

		assertThat(response.status()).as(response.text()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/atom+xml");
		Element feed = parse(response.text()).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(child(feed, "id")).startsWith("urn:uuid:");
		assertThat(child(feed, "title")).isNotBlank();
		assertThat(child(feed, "updated")).isNotBlank();
		assertThat(child((Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name")).isNotBlank();
		assertThat(selfLink(feed)).endsWith("/public/diplomatic-list/changes.atom?since=2013-06-01");
		Map<String, String> titles = titles(feed);
		String missionName = api.get("/api/missions/" + mission).json().path("name").asString();
		assertThat(titles.values()).contains("Arrival: " + arrived + ", " + missionName,
				"Departure: " + departed + ", " + missionName, "New mission: " + missionName);
		assertThat(String.join("\n", titles.values())).doesNotContain(servant + ",").doesNotContain(requested + ",");
		assertThat(updates(feed)).isSortedAccordingTo((a, b) -> b.compareTo(a));
		Element first = parse(api.anonymous().get("/public/diplomatic-list/changes.atom?since=2013-06-01").text())
			.getDocumentElement();
		assertThat(titles(first)).as("ids that stay the same from one reading to the next").isEqualTo(titles);
	}

	@Test
	void titlesAreInFrenchWithTheLanguageOfThePages() throws Exception {
		Element feed = parse(api.anonymous().get("/public/diplomatic-list/changes.atom?since=2013-06-01&lang=fr").text())
			.getDocumentElement();

		assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("fr");
		assertThat(titles(feed).values()).anyMatch(title -> title.equals("Arrivée\u00a0: " + arrived + ", "
				+ api.get("/api/missions/" + mission).json().path("name").asString()));
	}

	@Test
	void sinceLeavesOutWhatTookEffectBefore() throws Exception {
		Element feed = parse(api.anonymous().get("/public/diplomatic-list/changes.atom?since=2013-06-06").text())
			.getDocumentElement();

		String titles = String.join("\n", titles(feed).values());
		assertThat(titles).contains("Departure: " + departed).doesNotContain(arrived + ",").doesNotContain("New mission");
	}

	@Test
	void aMembersDepartureWhileTheMissionIsSuspendedIsNotPublishedButTheSuspensionIs() throws Exception {
		String leaving = fixtures.member(mission, "2013-06-08");
		Api.Response suspension = api.post("/api/missions/" + mission + "/status",
				Fixtures.json("status", "SUSPENDED", "effectiveOn", "2013-06-14"));
		assertThat(suspension.status()).as(suspension.text()).isEqualTo(201);
		Api.Response departure = api.post("/api/accreditations/" + leaving + "/departure",
				Fixtures.json("departureDate", "2013-06-16"));
		assertThat(departure.status()).as(departure.text()).isEqualTo(200);

		String titles = String.join("\n", titles(parse(api.anonymous()
			.get("/public/diplomatic-list/changes.atom?since=2013-06-01").text()).getDocumentElement()).values());

		assertThat(titles).contains("Mission suspended: ", "Arrival: " + name(leaving))
			.doesNotContain("Departure: " + name(leaving) + ",");
	}

	@Test
	void anUnchangedFeedIsNotSentAgain() {
		Api.Response first = api.anonymous().get("/public/diplomatic-list/changes.atom?since=2013-06-01");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		Api.Response again = api.anonymous().request("GET", "/public/diplomatic-list/changes.atom?since=2013-06-01", null,
				null, "If-None-Match", etag);

		assertThat(again.status()).isEqualTo(304);
	}

	private String name(String accreditation) {
		String person = api.get("/api/accreditations/" + accreditation).json().path("personId").asString();
		return api.get("/api/persons/" + person).json().path("nameLatin").asString();
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	/** Each entry's title by its id. */
	private static Map<String, String> titles(Element feed) {
		Map<String, String> titles = new LinkedHashMap<>();
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			assertThat(child(entry, "summary")).isNotBlank();
			assertThat(titles.put(child(entry, "id"), child(entry, "title"))).as("ids are unique").isNull();
		}
		return titles;
	}

	private static List<Instant> updates(Element feed) {
		List<Instant> updates = new ArrayList<>();
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			updates.add(Instant.parse(child((Element) entries.item(i), "updated")));
		}
		return updates;
	}

	private static String selfLink(Element feed) {
		NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			if ("self".equals(link.getAttribute("rel"))) {
				return link.getAttribute("href");
			}
		}
		throw new AssertionError("no self link");
	}

	private static String child(Element parent, String name) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element element && name.equals(element.getLocalName())
					&& ATOM.equals(element.getNamespaceURI())) {
				return element.getTextContent();
			}
		}
		throw new AssertionError("no " + name + " in " + parent.getLocalName());
	}
}
