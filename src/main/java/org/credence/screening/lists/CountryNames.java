package org.credence.screening.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.credence.host.State;
import org.credence.host.States;

/**
 * A country as a list names it, mapped to its ISO 3166-1 alpha-3 code: by the registry's English
 * names of the states, and by the other names the lists give them, such as OFAC's Korea, North or
 * Burma and the UN's Russian Federation or Türkiye. A name that is no state's, such as former
 * Soviet Union, has no code and is kept only as written.
 */
@Component
class CountryNames {

	private static final Map<String, String> LISTS_OWN_NAMES = Map.ofEntries(
			Map.entry("korea north", "PRK"), Map.entry("democratic peoples republic of korea", "PRK"),
			Map.entry("korea south", "KOR"), Map.entry("republic of korea", "KOR"),
			Map.entry("burma", "MMR"), Map.entry("myanmar", "MMR"),
			Map.entry("congo democratic republic of the", "COD"), Map.entry("democratic republic of the congo", "COD"),
			Map.entry("congo", "COG"), Map.entry("congo republic of the", "COG"), Map.entry("republic of the congo", "COG"),
			Map.entry("russian federation", "RUS"), Map.entry("iran islamic republic of", "IRN"),
			Map.entry("syrian arab republic", "SYR"), Map.entry("united republic of tanzania", "TZA"),
			Map.entry("united kingdom of great britain and northern ireland", "GBR"),
			Map.entry("united states of america", "USA"), Map.entry("turkiye", "TUR"),
			Map.entry("state of palestine", "PSE"), Map.entry("palestinian", "PSE"), Map.entry("west bank", "PSE"),
			Map.entry("gaza", "PSE"), Map.entry("viet nam", "VNM"), Map.entry("lao peoples democratic republic", "LAO"),
			Map.entry("republic of moldova", "MDA"), Map.entry("bolivia plurinational state of", "BOL"),
			Map.entry("venezuela bolivarian republic of", "VEN"), Map.entry("macedonia", "MKD"),
			Map.entry("macedonia the former yugoslav republic of", "MKD"),
			Map.entry("the former yugoslav republic of macedonia", "MKD"), Map.entry("czech republic", "CZE"),
			Map.entry("cote divoire", "CIV"), Map.entry("ivory coast", "CIV"), Map.entry("cabo verde", "CPV"),
			Map.entry("swaziland", "SWZ"), Map.entry("east timor", "TLS"), Map.entry("holy see", "VAT"),
			Map.entry("brunei darussalam", "BRN"), Map.entry("micronesia federated states of", "FSM"),
			Map.entry("bahamas the", "BHS"), Map.entry("gambia the", "GMB"), Map.entry("the gambia", "GMB"),
			Map.entry("libyan arab jamahiriya", "LBY"), Map.entry("hong kong", "HKG"), Map.entry("macau", "MAC"));

	private final States states;

	private volatile Map<String, String> codes;

	CountryNames(States states) {
		this.states = states;
	}

	/** The state's code, or null when the name is none the registry knows. */
	String code(String written) {
		return codes().get(key(written));
	}

	private Map<String, String> codes() {
		if (codes == null) {
			Map<String, String> known = new HashMap<>();
			for (State state : states.all()) {
				known.put(key(state.nameEn()), state.code());
			}
			LISTS_OWN_NAMES.forEach((name, code) -> {
				if (known.containsValue(code)) {
					known.putIfAbsent(name, code);
				}
			});
			codes = Map.copyOf(known);
		}
		return codes;
	}

	/**
	 * Case, accents, apostrophes, punctuation and {@code St.} set aside: {@code Bosnia & Herzegovina} is
	 * {@code Bosnia and Herzegovina}, {@code Côte d’Ivoire} is {@code Cote d'Ivoire}.
	 */
	private static String key(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("['’]", "")
			.replaceAll("\\bst\\.", "saint")
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
	}
}
