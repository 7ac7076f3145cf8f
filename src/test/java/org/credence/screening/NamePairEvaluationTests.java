package org.credence.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation command: its two lines, and the quality they report on OpenSanctions' labelled pairs. */
class NamePairEvaluationTests {

	private static final String LINE = "(Person|All): precision=\\d\\.\\d{3} recall=\\d\\.\\d{3} f1=\\d\\.\\d{3} pairs=\\d+";

	@TempDir
	Path directory;

	@Test
	void printsPrecisionRecallAndF1ForPersonsAndForAllPairs() throws IOException {
		Path pairs = directory.resolve("pairs.csv");
		Files.writeString(pairs, """
				case_group,schema,name1,name2,is_match,quality,category,notes
				t,Person,"CHEPIGA, Anatoliy Vladimirovich",Анатолий Владимирович Чепига,true,STRONG,,
				t,Person,Boris Abramovich,Roman Abramovich,false,STRONG,,
				t,Person,Bibi Netanyahu,Benjamin Netanyahu,true,WEAK,,"a nickname, ""Bibi"" for short"
				t,Company,Siemens Aktiengesellschaft,Siemens AG,true,STRONG,,
				t,Company,Volkswagen AG,Siemens AG,true,STRONG,,
				""");

		Evaluation evaluation = run("--evaluate-name-pairs=" + pairs);

		assertThat(evaluation.status()).isEqualTo(NamePairEvaluation.EVALUATED);
		assertThat(evaluation.lines()).containsExactly("Person: precision=1.000 recall=0.500 f1=0.667 pairs=3",
				"All: precision=1.000 recall=0.500 f1=0.667 pairs=5");
	}

	@Test
	void theMatcherReachesAnF1OfAtLeast090OnThePersonsOfTheDevelopmentPairs() throws Exception {
		Evaluation evaluation = run("--evaluate-name-pairs=" + bundled());

		assertThat(evaluation.lines()).hasSize(2).allMatch(line -> line.matches(LINE));
		assertThat(evaluation.lines().get(0)).startsWith("Person:").endsWith("pairs=297");
		assertThat(f1(evaluation.lines().get(0))).isGreaterThanOrEqualTo(0.90);
		assertThat(evaluation.lines().get(1)).endsWith("pairs=446");
	}

	@Test
	void aThresholdMovesTheBalanceBetweenPrecisionAndRecall() throws Exception {
		Evaluation strict = run("--evaluate-name-pairs=" + bundled(), "--threshold=0.95");
		Evaluation lenient = run("--threshold=0.5", "--evaluate-name-pairs=" + bundled());

		assertThat(precision(strict.lines().get(0))).isGreaterThan(precision(lenient.lines().get(0)));
		assertThat(recall(strict.lines().get(0))).isLessThan(recall(lenient.lines().get(0)));
	}

	@Test
	void anUnreadableFileOrThresholdIsToldAndNothingIsEvaluated() throws IOException {
		Evaluation missing = run("--evaluate-name-pairs=" + directory.resolve("absent.csv"));
		Evaluation threshold = run("--evaluate-name-pairs=" + bundledOrFail(), "--threshold=high");
		Path wrong = Files.writeString(directory.resolve("wrong.csv"), "a,b\n1,2\n");
		Evaluation columns = run("--evaluate-name-pairs=" + wrong);

		assertThat(List.of(missing, threshold, columns)).allSatisfy(evaluation -> {
			assertThat(evaluation.status()).isEqualTo(NamePairEvaluation.NOT_EVALUATED);
			assertThat(evaluation.lines().get(0)).isEqualTo("Name pair evaluation: NOT EVALUATED");
		});
		assertThat(missing.lines().get(1)).contains("absent.csv cannot be read", "NoSuchFileException");
		assertThat(threshold.lines().get(1)).contains("\"high\"");
		assertThat(columns.lines().get(1)).contains("is_match");
	}

	private record Evaluation(int status, List<String> lines) {
	}

	private static Evaluation run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = NamePairEvaluation.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Evaluation(status, out.toString(StandardCharsets.UTF_8).lines().toList());
	}

	static Path bundled() throws URISyntaxException {
		return Path.of(NamePairEvaluationTests.class.getResource("/name-matching/name-pairs-dev.csv").toURI());
	}

	private static Path bundledOrFail() {
		try {
			return bundled();
		}
		catch (URISyntaxException e) {
			throw new AssertionError(e);
		}
	}

	private static double precision(String line) {
		return field(line, "precision");
	}

	private static double recall(String line) {
		return field(line, "recall");
	}

	private static double f1(String line) {
		return field(line, "f1");
	}

	private static double field(String line, String name) {
		return Double.parseDouble(line.replaceAll(".*\\b" + name + "=(\\S+).*", "$1"));
	}
}
