package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.core.domain.JavaClass;

import org.credence.registry.Registry;
import org.credence.registry.accreditation.AccreditationManagement;
import org.credence.registry.accreditation.Accreditations;
import org.credence.registry.history.AppliedDecisions;
import org.credence.registry.mission.Ceilings;
import org.credence.registry.mission.MissionManagement;
import org.credence.registry.mission.Missions;
import org.credence.registry.person.NotAcceptableDeclarations;
import org.credence.registry.person.PersonRegistration;
import org.credence.registry.person.Persons;

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

	/** Stores and routes stay inside their module, so that verify() refuses another module's use of them. */
	@Test
	void noModuleExposesARepositoryOrAController() {
		assertThat(MODULES.stream()
			.flatMap(module -> module.getNamedInterfaces().stream())
			.flatMap(NamedInterface::asJavaClasses)
			.filter(type -> type.isMetaAnnotatedWith(Repository.class) || type.isMetaAnnotatedWith(Controller.class))
			.map(JavaClass::getName)).isEmpty();
	}

	/** Other modules read the registry through Registry and change it through its services, never its tables. */
	@Test
	void theRegistryShowsItsServicesNotItsStores() {
		ApplicationModule registry = MODULES.getModuleByName("registry").orElseThrow();
		assertThat(Stream.of(Registry.class, MissionManagement.class, PersonRegistration.class,
				AccreditationManagement.class)).allMatch(registry::isExposed);
		assertThat(Stream.of(Missions.class, Ceilings.class, Persons.class, NotAcceptableDeclarations.class,
				Accreditations.class, AppliedDecisions.class)).noneMatch(registry::isExposed);
	}
}
