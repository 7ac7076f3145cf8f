package org.credence.screening;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.credence.screening.matching.ListedName;
import org.credence.screening.matching.Match;
import org.credence.screening.matching.NameKind;
import org.credence.screening.matching.NameMatcher;
import org.credence.screening.matching.Query;
import org.credence.screening.matching.Subject;
import org.credence.screening.matching.SubjectKind;

/**
 * {@code java -jar credence.jar --evaluate-name-pairs=FILE [--threshold=X]}: scores labelled pairs
 * of names (OpenSanctions' {@code case_group,schema,name1,name2,is_match,…}) with the matcher,
 * without database or web server, and prints precision, recall and F1 for persons and for all
 * pairs. Each first name is a query against a subject that bears the second only, a person when
 * the schema is {@code Person}, an organisation otherwise. Tells the shell 0, or 2 when the file
 * or the threshold cannot be read.
 */
public final class NamePairEvaluation {

	public static final String OPTION = "--evaluate-name-pairs=";

	private static final String THRESHOLD = "--threshold=";

	public static final int EVALUATED = 0;

	public static final int NOT_EVALUATED = 2;

	private static final Set<String> COLUMNS = Set.of("schema", "name1", "name2", "is_match");

	private NamePairEvaluation() {
	}

	public static boolean requested(String... args) {
		return List.of(args).stream().anyMatch(arg -> arg.startsWith(OPTION));
	}

	public static int run(String[] args, PrintStream out) {
		try {
			double threshold = NameMatcher.DEFAULT_THRESHOLD;
			Path file = null;
			for (String arg : args) {
				if (arg.startsWith(OPTION)) {
					file = Path.of(arg.substring(OPTION.length()));
				}
				else if (arg.startsWith(THRESHOLD)) {
					threshold = threshold(arg.substring(THRESHOLD.length()));
				}
			}
			if (file == null) {
				throw new IllegalArgumentException("No file given: " + OPTION + "FILE");
			}
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				evaluate(reader, threshold).forEach(out::println);
			}
			catch (IOException | UncheckedIOException e) {
				// The exception's own message is often the bare path: say what went wrong with it.
				throw new IllegalArgumentException("The file " + file + " cannot be read (" + e + ")", e);
			}
			out.flush();
			return EVALUATED;
		}
		catch (IllegalArgumentException e) {
			out.println("Name pair evaluation: NOT EVALUATED");
			out.println("  " + e.getMessage());
			out.flush();
			return NOT_EVALUATED;
		}
	}

	/** The two lines of the report, persons first. */
	static List<String> evaluate(Reader csv, double threshold) throws IOException {
		Tally persons = new Tally();
		Tally all = new Tally();
		NameMatcher matcher = new NameMatcher();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser records = format.parse(csv)) {
			if (!records.getHeaderNames().containsAll(COLUMNS)) {
				throw new IllegalArgumentException("The file needs the columns " + COLUMNS + ", it has " + records.getHeaderNames());
			}
			for (CSVRecord record : records) {
				boolean person = "Person".equals(record.get("schema"));
				boolean match = label(record);
				boolean predicted = score(matcher, record.get("name1"), record.get("name2"), person) >= threshold;
				all.add(match, predicted);
				if (person) {
					persons.add(match, predicted);
				}
			}
		}
		return List.of(persons.line("Person"), all.line("All"));
	}

	private static double score(NameMatcher matcher, String query, String listed, boolean person) {
		Subject subject = new Subject("pairs", "1", person ? SubjectKind.INDIVIDUAL : SubjectKind.ENTITY,
				List.of(new ListedName(listed, NameKind.PRIMARY)), List.of(), Set.of(), null);
		return matcher.match(Query.name(query), subject).map(Match::score).orElse(0.0);
	}

	private static boolean label(CSVRecord record) {
		String label = record.get("is_match").strip().toLowerCase(Locale.ROOT);
		if (!label.equals("true") && !label.equals("false")) {
			throw new IllegalArgumentException(
					"Pair " + record.getRecordNumber() + ": is_match must be true or false, not \"" + label + "\"");
		}
		return label.equals("true");
	}

	private static double threshold(String given) {
		try {
			double threshold = Double.parseDouble(given);
			if (threshold >= 0 && threshold <= 1) {
				return threshold;
			}
		}
		catch (NumberFormatException e) {
			// said below
		}
		throw new IllegalArgumentException("The threshold must be a number from 0 to 1, not \"" + given + "\"");
	}
}
