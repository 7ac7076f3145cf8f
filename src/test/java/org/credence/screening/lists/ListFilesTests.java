package org.credence.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.credence.problem.ProblemException;
import org.credence.screening.matching.DateSpan;
import org.credence.screening.matching.Gender;
import org.credence.screening.matching.ListedName;
import org.credence.screening.matching.NameKind;

/** The bundled lists read as their publishers wrote them, and files not in their format refused with where. */
class ListFilesTests {

	@Test
	void theOfacSampleHoldsItsEntriesIndividualsAndAliases() {
		List<ListEntry> entries = ofac(bundled("ofac-sdn/sdn.csv"), bundled("ofac-sdn/alt.csv"), bundled("ofac-sdn/add.csv"));

		ListVersion.Counts counts = ListVersion.Counts.of(entries);
		assertThat(counts.entries()).isEqualTo(7379);
		assertThat(counts.individuals()).isEqualTo(3845);
		assertThat(counts.entities() + counts.vessels() + counts.aircraft()).isEqualTo(7379 - 3845);
		assertThat(names(entries, NameKind.STRONG_ALIAS)).as("alt.csv's aliases").isEqualTo(9682);
		assertThat(names(entries, NameKind.WEAK_ALIAS)).as("the weak aliases quoted in the remarks").isEqualTo(2037);
		assertThat(counts.aliases()).isEqualTo(9682 + 2037);
		assertThat(counts.names()).isEqualTo(7379 + 9682 + 2037);
	}

	@Test
	void anOfacEntryHasWhatItsRemarksSayReadOut() {
		ListEntry chepiga = ofac(bundled("ofac-sdn/sdn.csv"), bundled("ofac-sdn/alt.csv"), bundled("ofac-sdn/add.csv"))
			.stream().filter(entry -> entry.reference().equals("26171")).findFirst().orElseThrow();

		assertThat(chepiga.kind()).isEqualTo(EntryKind.INDIVIDUAL);
		assertThat(chepiga.names()).containsExactly(new ListedName("CHEPIGA, Anatoliy Vladimirovich", NameKind.PRIMARY),
				new ListedName("BOSHIROV, Ruslan", NameKind.STRONG_ALIAS));
		assertThat(chepiga.births()).containsExactly(
				new ListEntry.Birth("05 Apr 1979", DateSpan.day(LocalDate.of(1979, 4, 5))),
				new ListEntry.Birth("12 Apr 1978", DateSpan.day(LocalDate.of(1978, 4, 12))));
		assertThat(chepiga.birthplaces()).containsExactly("Nikolaevka, Amur Oblast, Russia", "Dushanbe, Tajikistan");
		assertThat(chepiga.nationalities()).containsExactly("Russia");
		assertThat(chepiga.gender()).isEqualTo(Gender.MALE);
		assertThat(chepiga.programmes()).containsExactly("CAATSA - RUSSIA");
		assertThat(chepiga.addresses()).containsExactly(new ListEntry.Address("Moscow, Russia", "Russia"));
		assertThat(chepiga.remarks()).startsWith("DOB 05 Apr 1979; alt. DOB 12 Apr 1978;");
	}

	@Test
	void ofacDatesOfBirthAreReadAsTheDaysTheyMayBe() {
		assertThat(ListedDates.ofac("Sep 1938")).isEqualTo(new DateSpan(LocalDate.of(1938, 9, 1), LocalDate.of(1938, 9, 30)));
		assertThat(ListedDates.ofac("1946")).isEqualTo(DateSpan.year(1946));
		assertThat(ListedDates.ofac("1929 to 1930")).isEqualTo(DateSpan.years(1929, 1930));
		assertThat(ListedDates.ofac("01 Jan 1953 to 31 Dec 1954")).isEqualTo(DateSpan.years(1953, 1954));
		assertThat(ListedDates.ofac("circa 1951")).isEqualTo(DateSpan.years(1950, 1952));
		assertThat(ListedDates.ofac("circa 1979-1982")).isEqualTo(DateSpan.years(1978, 1983));
		assertThat(ListedDates.ofac("31 Feb 1970")).isNull();
	}

	@Test
	void theUnListHoldsItsIndividualsAndEntitiesWithTheirNamesAndDates() {
		UnConsolidatedXml.Read read = UnConsolidatedXml.read(bundled("un-consolidated/consolidated.xml"));

		ListVersion.Counts counts = ListVersion.Counts.of(read.entries());
		assertThat(read.generatedOn()).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(counts.individuals()).isEqualTo(730);
		assertThat(counts.entities()).isEqualTo(273);
		ListEntry amar = read.entries().stream().filter(entry -> entry.reference().equals("QDi.314")).findFirst().orElseThrow();
		assertThat(amar.dataId()).isEqualTo(3012888L);
		assertThat(amar.names()).first().isEqualTo(new ListedName("ABDERRAHMANE OULD EL AMAR", NameKind.PRIMARY));
		assertThat(amar.names()).contains(new ListedName("Ahmed el Tilemsi", NameKind.STRONG_ALIAS),
				new ListedName("عبد الرحمن ولد العامر", NameKind.ORIGINAL_SCRIPT));
		assertThat(amar.births()).containsExactly(new ListEntry.Birth("1977 to 1982", DateSpan.years(1977, 1982)));
		assertThat(amar.nationalities()).containsExactly("Mali");
		assertThat(amar.programmes()).containsExactly("Al-Qaida");
	}

	@Test
	void aCsvRecordOfTheWrongShapeIsNamedByItsFileAndLine() {
		String sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
				+ "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";

		assertThatThrownBy(() -> ofac(input("sdn", "sdn.csv", sdn), input("alt", "alt.csv", ""), input("add", "add.csv", "")))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.kind()).isEqualTo(ListProblems.MALFORMED_FILE);
				assertThat(problem.properties()).containsEntry("file", "sdn.csv").containsEntry("line", 2L);
				assertThat(problem.getMessage()).contains("12 fields", "not 11");
			});
	}

	@Test
	void bytesThatAreNotUtf8AreNamedByTheirLine() {
		byte[] sdn = ("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
				+ "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Z\u00fcrich\"\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> ofac(new DigestedInput("sdn", "sdn.csv", new ByteArrayInputStream(sdn)),
				input("alt", "alt.csv", ""), input("add", "add.csv", "")))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.properties()).containsEntry("file", "sdn.csv").containsEntry("line", 2L);
				assertThat(problem.getMessage()).contains("not UTF-8");
			});
	}

	@Test
	void aDosEndOfFileCharacterEndsTheFile() {
		String sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'AC'.\"\u001a";

		List<ListEntry> entries = ofac(input("sdn", "sdn.csv", sdn), input("alt", "alt.csv", "\u001a"), input("add", "add.csv", ""));

		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.remarks()).isEqualTo("a.k.a. 'AC'.");
			assertThat(entry.names()).containsExactly(new ListedName("AEROCARIBBEAN AIRLINES", NameKind.PRIMARY),
					new ListedName("AC", NameKind.WEAK_ALIAS));
		});
	}

	@Test
	void anAliasOfAnEntryTheSdnFileDoesNotListIsNamedByItsLine() {
		String sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
		String alt = "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n\r\n37,13,\"aka\",\"NOBODY\",-0- \r\n";

		assertThatThrownBy(() -> ofac(input("sdn", "sdn.csv", sdn), input("alt", "alt.csv", alt), input("add", "add.csv", "")))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.properties()).containsEntry("file", "alt.csv").containsEntry("line", 3L);
				assertThat(problem.getMessage()).contains("entity number 37 is not listed");
			});
	}

	@Test
	void aQuotedFieldRunningToTheEndOfTheFileIsNamedByTheLineItStartsOn() {
		String sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'AC'.\"\n"
				+ "173,\"ANGLO-CARIBBEAN CO.\n, LTD.,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";

		assertThatThrownBy(() -> ofac(input("sdn", "sdn.csv", sdn), input("alt", "alt.csv", ""), input("add", "add.csv", "")))
			.isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.properties())
				.containsEntry("file", "sdn.csv").containsEntry("line", 2L));
	}

	@Test
	void anXmlElementNotInTheListsFormatIsNamedByItsPathAndLine() {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
				  <INDIVIDUALS>
				    <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL>
				    <INDIVIDUAL>
				      <DATAID>2</DATAID><FIRST_NAME>B</FIRST_NAME><REFERENCE_NUMBER>QDi.002</REFERENCE_NUMBER>
				      <INDIVIDUAL_DATE_OF_BIRTH>
				        <TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
				        <YEAR>19x1</YEAR>
				      </INDIVIDUAL_DATE_OF_BIRTH>
				    </INDIVIDUAL>
				  </INDIVIDUALS>
				</CONSOLIDATED_LIST>
				""";

		assertThatThrownBy(() -> UnConsolidatedXml.read(input("consolidated", "consolidated.xml", xml)))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.properties()).containsEntry("file", "consolidated.xml")
					.containsEntry("element", "/CONSOLIDATED_LIST/INDIVIDUALS[1]/INDIVIDUAL[2]/INDIVIDUAL_DATE_OF_BIRTH[1]/YEAR[1]")
					.containsEntry("line", 9L);
				assertThat(problem.getMessage()).contains("four digits", "19x1");
			});
	}

	@Test
	void xmlThatIsNotWellFormedIsNamedByTheEntryItBreaksIn() {
		String xml = "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09Z\"><ENTITIES>\n<ENTITY><DATAID>1</DATAID>\n"
				+ "<FIRST_NAME>X</FIRST_NAME><REFERENCE_NUMBER>QDe.001</REFERENCE_NUMBER></ENTITY>\n"
				+ "<ENTITY><DATAID>2</DATAID>\n<FIRST_NAME>Y</ENTITY>";

		assertThatThrownBy(() -> UnConsolidatedXml.read(input("consolidated", "list.xml", xml)))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.properties()).containsEntry("file", "list.xml")
					.containsEntry("element", "/CONSOLIDATED_LIST/ENTITIES[1]/ENTITY[2]").containsEntry("line", 5L);
				assertThat(problem.getMessage()).contains("not well-formed");
			});
	}

	@Test
	void anExternalEntityIsNeverRead() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
				+ "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09Z\"><ENTITIES><ENTITY><DATAID>1</DATAID>"
				+ "<FIRST_NAME>&secret;</FIRST_NAME><REFERENCE_NUMBER>QDe.001</REFERENCE_NUMBER></ENTITY></ENTITIES>"
				+ "</CONSOLIDATED_LIST>";

		assertThatThrownBy(() -> UnConsolidatedXml.read(input("consolidated", "list.xml", xml)))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.properties()).containsEntry("element", "/");
				assertThat(problem.getMessage()).contains("document type declaration").doesNotContain("root:");
			});
	}

	private static List<ListEntry> ofac(DigestedInput sdn, DigestedInput alt, DigestedInput add) {
		return OfacSdnCsv.read(sdn, alt, add);
	}

	private static long names(List<ListEntry> entries, NameKind kind) {
		return entries.stream().flatMap(entry -> entry.names().stream()).filter(name -> name.kind() == kind).count();
	}

	private static DigestedInput bundled(String path) {
		InputStream in = ListFilesTests.class.getResourceAsStream("/watchlists/" + path);
		String file = path.substring(path.indexOf('/') + 1);
		return new DigestedInput(file.substring(0, file.indexOf('.')), file, in);
	}

	private static DigestedInput input(String part, String name, String content) {
		return new DigestedInput(part, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}
}
