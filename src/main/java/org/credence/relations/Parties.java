package org.credence.relations;

import java.util.Locale;

import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.host.States;

/** The two sides of an incident: a state by its alpha-3 code, or the receiving party as HOST. */
@Component
class Parties {

	static final String HOST = "HOST";

	private final States states;

	private final Host host;

	Parties(States states, Host host) {
		this.states = states;
		this.host = host;
	}

	boolean exists(String party) {
		return HOST.equals(party) || party != null && party.matches("[A-Z]{3}") && states.exists(party);
	}

	String name(String party, Locale locale) {
		boolean french = "fr".equals(locale.getLanguage());
		if (HOST.equals(party)) {
			return french ? host.nameFr() : host.nameEn();
		}
		return states.find(party).map(s -> french ? s.nameFr() : s.nameEn()).orElse(party);
	}

	/** The state column for a party: null stands for the receiving party. */
	static String column(String party) {
		return HOST.equals(party) ? null : party;
	}

	static String party(String column) {
		return column == null ? HOST : column;
	}
}
