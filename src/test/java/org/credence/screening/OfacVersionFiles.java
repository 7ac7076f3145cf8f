package org.credence.screening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.screening.RecombinedNames.Name;

/**
 * The bundled OFAC files, changed the way a new version of the list changes them: individuals
 * added, aliases given to individuals already listed, or every entry under a new entity number.
 */
final class OfacVersionFiles {

	private static final Pattern ENTITY_NUMBER = Pattern.compile("(?m)^(\\d+),");

	private static final Pattern INDIVIDUAL = Pattern.compile("(?m)^(\\d+),\"[^\"]*\",\"individual\"");

	/** New entity numbers and alias numbers start here, far above OFAC's own. */
	private static final int NEW = 99_000_001;

	private OfacVersionFiles() {
	}

	static String bundled(String file) {
		return new String(SampleListsLoaded.bundled("ofac-sdn/" + file), StandardCharsets.UTF_8);
	}

	/** Rows of sdn.csv for new individuals of these names, with no date of birth or nationality. */
	static String added(List<Name> names) {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < names.size(); i++) {
			rows.append(String.format(Locale.ROOT, "\r\n%d,\"%s\",\"individual\",\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,"
					+ "-0- ,-0- ,-0- ", NEW + i, names.get(i).listed()));
		}
		return rows.toString();
	}

	/** Rows of alt.csv giving each of the first individuals of sdn.csv one of these names as a new alias. */
	static String aliases(String sdn, List<Name> names) {
		StringBuilder rows = new StringBuilder();
		Matcher individual = INDIVIDUAL.matcher(sdn);
		for (int i = 0; i < names.size() && individual.find(); i++) {
			rows.append(String.format(Locale.ROOT, "\r\n%s,%d,\"aka\",\"%s\",-0- ", individual.group(1), NEW + i,
					names.get(i).listed()));
		}
		return rows.toString();
	}

	/** The same entries under other entity numbers: to the registry, every one of them is new. */
	static String renumbered(String file) {
		return ENTITY_NUMBER.matcher(file).replaceAll(number -> (Long.parseLong(number.group(1)) + 10_000_000) + ",");
	}
}
