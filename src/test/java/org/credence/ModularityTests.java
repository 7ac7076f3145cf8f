package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.core.domain.JavaClass;

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
}
