package org.credence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import org.credence.security.Role;
import org.credence.security.TestAccounts;
import org.credence.support.Api;
import org.credence.support.CredenceTest;
import org.credence.support.MutableClock;

/**
 * A protocol officer moves an office's records in, in French, on the page: a file with an unknown
 * column refused whole, a file checked by a dry run through the form with its error listed by line
 * and column, then a correct file checked and
 * imported with a button, the progress followed on the job's page until it is done.
 */
@CredenceTest
class IntakeBrowserTests {

	private static final String HEADER = "mission,sending_state,name_native,name_latin,birth_date,nationality,category,"
			+ "title,function,arrival_date,credential_number,credential_expiry\n";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Api api;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void aProtocolOfficerChecksThenImportsAFileInFrench(@TempDir Path folder) throws Exception {
		clock.set(Instant.parse("2021-10-06T10:00:00Z"));
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String row = "Ambassade " + unique + ",FRA,Jean " + unique + ",Jean " + unique + ",1970,FRA,Agent diplomatique,"
				+ "Conseiller,Affaires politiques,2020-09-01,F-" + unique + ",2024-09-01\n";
		Path wrong = Files.writeString(folder.resolve("dossiers.csv"), HEADER + row.replace("2020-09-01", "01/09/2020"));
		Path right = Files.writeString(folder.resolve("dossiers-corriges.csv"), HEADER + row);

		TestAccounts.User officer = accounts.user(Role.PROTOCOL_OFFICER);
		browser.logIn(api.baseUrl(), officer.name(), officer.password());
		browser.open(api.baseUrl() + "/intake?lang=fr");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Reprise des données");
		assertThat(browser.present(By.linkText("Reprise des données"))).as("in the navigation").isTrue();
		assertThat(browser.text(By.tagName("main"))).contains("arrival_date", "Télécharger le modèle");
		assertThat(browser.fitsWidth(390)).as("the page on a phone").isTrue();

		Path header = Files.writeString(folder.resolve("en-tete.csv"), HEADER.replace("title", "rank") + row);
		browser.attach("intake-file", header);
		browser.submit("intake");
		assertThat(browser.text(By.id("error-summary"))).contains(
				"L’en-tête nomme des colonnes que la reprise ne connaît pas : rank.");

		browser.attach("intake-file", wrong);
		browser.submit("intake");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Vérification de dossiers.csv");
		assertThat(browser.text(By.id("outcome"))).isEqualTo("Une erreur : rien n’a été enregistré. Corrigez le fichier et vérifiez-le à nouveau.");
		assertThat(browser.text(By.id("errors"))).contains("2", "arrival_date", "« 01/09/2020 » n’est pas une date : aaaa-mm-jj.");
		assertThat(browser.fitsWidth(390)).as("the errors on a phone").isTrue();

		browser.open(api.baseUrl() + "/intake?lang=fr");
		browser.attach("intake-file", right);
		browser.submit("intake");
		assertThat(browser.text(By.id("outcome"))).isEqualTo("Aucune erreur dans l’unique ligne : le fichier peut être importé tel quel.");
		browser.press(By.id("import-checked"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Importation de dossiers-corriges.csv");
		assertThat(browser.text(By.id("outcome"))).isEqualTo("Une personne importée ; une mission établie.");
		assertThat(browser.text(By.id("job"))).contains("Terminée", "1 sur 1 ligne");
	}
}
