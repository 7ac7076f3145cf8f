package org.credence.screening.lists;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.credence.registry.Registry;

/**
 * Imports the bundled lists (OFAC's SDN list of January 2019 and a UN Consolidated List, see
 * {@code watchlists/README.md}) at the first start of a server on an empty database, so that a
 * newcomer can screen at once; {@code credence.screening.sample-lists=false} turns it off. Empty
 * means no list ever imported, no mission and no person: a registry in use is never given lists it
 * did not ask for. Runs before the demo data is loaded, which can then be screened against them.
 */
@Component
class SampleLists implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleLists.class);

	private final boolean enabled;

	private final ApplicationContext context;

	private final ListImport imports;

	private final ListVersions versions;

	private final Registry registry;

	SampleLists(@Value("${credence.screening.sample-lists:true}") boolean enabled, ApplicationContext context,
			ListImport imports, ListVersions versions, Registry registry) {
		this.enabled = enabled;
		this.context = context;
		this.imports = imports;
		this.versions = versions;
		this.registry = registry;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (enabled && context instanceof WebServerApplicationContext) {
			load();
		}
	}

	/** Whether the lists were loaded: only into an empty database, and each list whole or not at all. */
	boolean load() {
		if (!registry.missions().isEmpty() || !registry.searchPersons("", 1).isEmpty() || versions.any()) {
			log.info("The database holds data: the sample watch lists are not loaded (import lists through the API)");
			return false;
		}
		try {
			ListVersion ofac;
			try (DigestedInput sdn = bundled("ofac-sdn", "sdn", "sdn.csv");
					DigestedInput alt = bundled("ofac-sdn", "alt", "alt.csv");
					DigestedInput add = bundled("ofac-sdn", "add", "add.csv")) {
				ofac = imports.ofac(sdn, alt, add, null);
			}
			ListVersion un;
			try (DigestedInput consolidated = bundled("un-consolidated", "consolidated", "consolidated.xml")) {
				un = imports.un(consolidated);
			}
			log.warn("Sample watch lists loaded: OFAC's SDN list of January 2019 ({} entries) and the UN Consolidated List "
					+ "of {} ({} entries), to try screening; import current ones through the API. Turn this off with "
					+ "credence.screening.sample-lists=false", ofac.counts().entries(), un.publishedOn(), un.counts().entries());
			return true;
		}
		catch (IOException | RuntimeException e) {
			log.error("Could not load the sample watch lists (a list that failed to load was not kept)", e);
			return false;
		}
	}

	private static DigestedInput bundled(String list, String part, String file) throws IOException {
		InputStream in = new ClassPathResource("watchlists/" + list + "/" + file).getInputStream();
		return new DigestedInput(part, file, in);
	}
}
