package org.credence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI document names each schema after its Java type's simple name, so two types of that
 * name would be documented as one, and one of them wrongly (the decisions' answer once appeared as
 * the forums'). Every type a route reads or writes, down to its fields, must have a name of its own.
 */
class SchemaNameTests {

	@Test
	void noTwoTypesTheApiReadsOrWritesShareASchemaName() throws ClassNotFoundException {
		Map<String, Set<String>> typesByName = new TreeMap<>();
		for (Class<?> controller : controllers()) {
			for (Method method : controller.getDeclaredMethods()) {
				if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
					continue;
				}
				walk(ResolvableType.forMethodReturnType(method), typesByName);
				for (int i = 0; i < method.getParameterCount(); i++) {
					if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
						walk(ResolvableType.forMethodParameter(method, i), typesByName);
					}
				}
			}
		}

		assertThat(typesByName).as("schema names").hasSizeGreaterThan(40);
		typesByName.values().removeIf(types -> types.size() == 1);
		assertThat(typesByName).as("schema names given to more than one type").isEmpty();
	}

	private static void walk(ResolvableType type, Map<String, Set<String>> typesByName) {
		Class<?> raw = type.resolve();
		if (raw == null) {
			return;
		}
		if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || Optional.class == raw
				|| HttpEntity.class.isAssignableFrom(raw) || raw.isArray()) {
			for (ResolvableType generic : raw.isArray() ? new ResolvableType[] { type.getComponentType() } : type.getGenerics()) {
				walk(generic, typesByName);
			}
			return;
		}
		if (raw.isEnum() || !raw.getName().startsWith("org.credence.")) {
			return;
		}
		Schema named = raw.getAnnotation(Schema.class);
		String name = named != null && !named.name().isEmpty() ? named.name() : raw.getSimpleName();
		if (!typesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(raw.getName()) || !raw.isRecord()) {
			return;
		}
		for (RecordComponent component : raw.getRecordComponents()) {
			walk(ResolvableType.forMethodReturnType(component.getAccessor()), typesByName);
		}
	}

	private static Set<Class<?>> controllers() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		Set<Class<?>> controllers = new java.util.HashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.credence")) {
			controllers.add(ClassUtils.forName(candidate.getBeanClassName(), SchemaNameTests.class.getClassLoader()));
		}
		return controllers;
	}
}
