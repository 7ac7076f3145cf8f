package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
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
