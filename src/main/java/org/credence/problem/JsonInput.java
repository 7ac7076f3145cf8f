package org.credence.problem;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read as typed: by default Jackson turns {@code "name": 42} into the text "42",
 * {@code "total": "12"} or {@code 10.5} into a number, {@code "answer": 0} into the first value of
 * the enum and {@code "true"} or {@code 1} into true, silently storing something the client did not
 * send. All are refused instead, and reach the client as an invalid field. Likewise a date is text
 * written yyyy-mm-dd: Jackson's lenient default read {@code 20211101} as a count of days since 1970
 * (the year 57306).
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictScalars() {
		return builder -> builder
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer, whole -> whole.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float, number -> number.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, truth -> truth.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum, named -> named.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withConfigOverride(LocalDate.class, date -> date.setFormat(JsonFormat.Value.forLeniency(false)));
	}
}
