package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.Fixtures;
import org.credence.support.MutableClock;

/**
 * A protocol officer, in French, issues a member's card from the person's page, adds the holder's
 * photo as a file, and reports the card lost: the old card is out of use and a new number in hand.
 */
@CredenceTest
class CardPagesBrowserTests {

	private static final Pattern CARD_NUMBER = Pattern.compile("carte (\\S+) est");

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void aCardIssuedPhotographedAndReportedLostInFrench(@TempDir Path folder) throws Exception {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String mission = fixtures.mission("RUS", "2017-01-01");
		String member = fixtures.member(mission, "2021-01-01");
		String person = api.get("/api/accreditations/" + member).json().path("personId").asString();
		Path photo = folder.resolve("photo.png");
		ImageIO.write(new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		browser.logIn(api.baseUrl(), officer.name(), officer.password());
		browser.open(api.baseUrl() + "/persons/" + person + "?lang=fr");
		browser.press(By.linkText("Cartes"));
		assertThat(browser.url()).contains("/accreditations/" + member + "/credentials");
		assertThat(browser.text(By.tagName("main"))).contains("Aucune carte n’a été délivrée pour cette accréditation.");

		browser.submit("issue");
		String issued = browser.text(By.cssSelector(".flash"));
		Matcher number = CARD_NUMBER.matcher(issued);
		assertThat(number.find()).as(issued).isTrue();
		String card = number.group(1);
		assertThat(card).startsWith("DA-2021-");
		assertThat(browser.text(By.id("cards-table"))).contains(card, "Entre les mains du titulaire", "Pas encore");
		assertThat(browser.fitsWidth(390)).as("the cards on a phone").isTrue();
		assertThat(browser.present(By.id("issue"))).as("no second card while one is in hand").isFalse();

		String cardId = api.get("/api/accreditations/" + member + "/credentials").json().get(0).path("id").asString();
		browser.attach("photo-" + cardId, photo);
		browser.submit("photo-form-" + cardId);
		assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("La photo de la carte " + card + " est enregistrée.");

		browser.press(By.cssSelector("button[aria-label='Déclarer perdue : carte " + card + "']"));
		assertThat(browser.text(By.cssSelector(".flash")))
			.isEqualTo("La carte " + card + " est déclarée perdue ; une nouvelle carte la remplace.");
		String table = browser.text(By.id("cards-table"));
		assertThat(table).contains(card, "Déclarée perdue", "Entre les mains du titulaire");
		assertThat(table).doesNotContain(cardId, "ISSUED", "LOST");
		assertThat(api.get("/public/credentials/" + card).json().path("valid").asBoolean()).isFalse();
	}
}
