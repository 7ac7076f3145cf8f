package org.credence.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.credence.RegistryClock;
import org.credence.registry.Registry;
import org.credence.screening.ManualChecks;
import org.credence.relations.RegisterEntries;
import org.credence.security.PresetAccounts;

/**
 * Loads the demo data when the server starts on an empty registry, unless
 * {@code credence.demo.enabled} is false, and only into a server's own start (not the journal
 * verification command's). Empty means no mission, no person, no incident or forum and no account
 * but the first-start administrator: a registry anybody has used is never touched. All of it is loaded in one
 * transaction, so that it is all there or none of it, and neither the decision scheduler nor any
 * request (which keep real time: the clock stands still for this thread only) sees it half-loaded;
 * then the clock is released to real time, loaded or not.
 */
@Component
class DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	/** Ruslan Boshirov, an alias of OFAC's entry 26171 (Anatoliy Chepiga): a public designation, not a demo person. */
	static final String SCREENED_NAME = "Руслан Боширов";

	private final boolean enabled;

	private final Clock clock;

	private final RegistryClock registryClock;

	private final Registry registry;

	private final RegisterEntries register;

	private final PresetAccounts accounts;

	private final DemoAccounts demoAccounts;

	private final RussianMission russia;

	private final RelationsRegister relations;

	private final PartnerMissions partners;

	private final DemoTime time;

	private final TransactionTemplate transaction;

	private final ManualChecks nameChecks;

	DemoLoader(@Value("${credence.demo.enabled:true}") boolean enabled, Clock clock, RegistryClock registryClock,
			Registry registry, RegisterEntries register, PresetAccounts accounts, DemoAccounts demoAccounts, RussianMission russia,
			RelationsRegister relations, PartnerMissions partners, DemoTime time, TransactionTemplate transaction,
			ManualChecks nameChecks) {
		this.nameChecks = nameChecks;
		this.enabled = enabled;
		this.clock = clock;
		this.registryClock = registryClock;
		this.registry = registry;
		this.register = register;
		this.accounts = accounts;
		this.demoAccounts = demoAccounts;
		this.russia = russia;
		this.relations = relations;
		this.partners = partners;
		this.time = time;
		this.transaction = transaction;
	}

	/** Before the decisions' catch-up, which then finds nothing due: the loader applied each at its instant. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onStart(ApplicationReadyEvent event) {
		try {
			if (enabled && event.getApplicationContext() instanceof WebServerApplicationContext) {
				load();
			}
		}
		catch (RuntimeException e) {
			log.error("Could not load the demo data; none of it was kept", e);
		}
		finally {
			registryClock.release();
		}
	}

	/** Whether the demo data was loaded: only into an empty registry, whose services keep the registry's clock. */
	boolean load() {
		if (!registry.missions().isEmpty() || !registry.searchPersons("", 1).isEmpty() || !register.empty()
				|| !accounts.onlyTheInitialAdministrator()) {
			log.info("The registry already holds data: no demo data loaded");
			return false;
		}
		if (clock != registryClock) {
			log.warn("The services do not keep the registry's clock: no demo data loaded");
			return false;
		}
		Instant present = registryClock.instant();
		Map<String, String> passwords = transaction.execute(status -> {
			time.at("2017-01-09T09:00");
			Map<String, String> shown = demoAccounts.receivingParty(LocalDate.ofInstant(present, ZoneOffset.UTC));
			russia.load();
			relations.load();
			shown.put(DemoAccounts.MISSION_ADMINISTRATOR, partners.load(present));
			// What a security officer would try first: a name in Cyrillic, found through an OFAC alias.
			time.daysAgo(present, 1);
			accounts.actingAs(DemoAccounts.SECURITY, () -> nameChecks.check(SCREENED_NAME));
			return shown;
		});
		StringBuilder block = new StringBuilder("\n\n=== DEMO DATA LOADED: the Russian mission to NATO 2017-2021, the relations register"
				+ " and three partner missions"
				+ "\n=== DEMO ACCOUNTS (invented; passwords shown only this once):\n");
		passwords.forEach((name, password) -> block.append(String.format("===   %-26s %s%n", name, password)));
		block.append("=== Turn the demo off with credence.demo.enabled=false (it never loads into a registry holding data).\n");
		log.warn(block.toString());
		return true;
	}
}
