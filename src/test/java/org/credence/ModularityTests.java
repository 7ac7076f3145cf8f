package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(CredenceApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		MODULES.verify();
	}

	/**
	 * The module diagram and each module's canvas (its API, the events it publishes and listens to),
	 * written on every build; {@code -Dmodules.docs=docs/modules} writes the copy kept with the code.
	 * The canvases quote the Javadoc, which Spring Modulith 2.0.3 reads with a parser that fails on a
	 * comment whose brackets or braces do not pair up, as in a half-open interval (spring-modulith#1762).
	 */
	@Test
	void documentsTheModules() throws IOException {
		Path folder = Path.of(System.getProperty("modules.docs", "target/spring-modulith-docs"));
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
		try (var diagrams = Files.list(folder)) {
			for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
				sortElements(diagram);
			}
		}
		assertThat(folder.resolve("components.puml")).content().contains("Registry", "Decisions", "Relations", "Audit");
		MODULES.forEach(module -> assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).exists());
	}

	/** The diagrams list their components and relations in no fixed order: sorted, a copy changes only with the modules. */
	private static void sortElements(Path diagram) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
		int start = 0;
		while (start < lines.size()) {
			String kind = elementKind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(elementKind(lines.get(end)))) {
				end++;
			}
			lines.subList(start, end).sort(null);
			start = end;
		}
		Files.write(diagram, lines);
	}

	/** What precedes the parenthesis of a relation or a component (its indentation included), null for any other line. */
	private static String elementKind(String line) {
		int parenthesis = line.indexOf('(');
		String kind = parenthesis < 0 ? "" : line.substring(0, parenthesis);
		return kind.equals("Rel") || kind.trim().equals("Component") ? kind : null;
	}
}
