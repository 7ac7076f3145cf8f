package org.credence.problem;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every date and instant a request carries passes {@link PlausibleDates}, in the two places that
 * read them: Jackson for the API's bodies (the field named by its JSON path), and Spring's conversion
 * for query parameters and the pages' forms. Controllers do not check dates themselves.
 */
@Configuration(proxyBeanMethods = false)
class DateBinding implements WebMvcConfigurer {

	private static final Set<Class<?>> TEMPORALS = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
			ZonedDateTime.class, Instant.class);

	private final Clock clock;

	DateBinding(Clock clock) {
		this.clock = clock;
	}

	static LocalDate day(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof LocalDateTime time) {
			return time.toLocalDate();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toLocalDate();
		}
		if (value instanceof ZonedDateTime time) {
			return time.toLocalDate();
		}
		return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).toLocalDate() : null;
	}

	@Bean
	JsonMapperBuilderCustomizer plausibleDates() {
		return builder -> builder.addModule(new SimpleModule("plausible-dates").setDeserializerModifier(
				new ValueDeserializerModifier() {
					@Override
					public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
							BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
						return TEMPORALS.contains(description.getBeanClass()) ? new Checked(deserializer, clock) : deserializer;
					}
				}));
	}

	/** A date of a JSON body, refused as an invalid format of its field when out of range. */
	static final class Checked extends DelegatingDeserializer {

		private final Clock clock;

		Checked(ValueDeserializer<?> delegate, Clock clock) {
			super(delegate);
			this.clock = clock;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate, clock);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			try {
				PlausibleDates.check(day(value), clock);
			}
			catch (PlausibleDates.Implausible e) {
				throw new OutOfRange(parser, e.getMessage(), value, handledType());
			}
			return value;
		}
	}

	/** Read by {@link ApiProblems}: the field's rule, not "must be a date". */
	static final class OutOfRange extends InvalidFormatException {

		OutOfRange(JsonParser parser, String rule, Object value, Class<?> type) {
			super(parser, rule, value, type);
		}
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// Added after Spring Boot's own, so these come first: the same parsing, then the range.
		Jsr310DateTimeFormatAnnotationFormatterFactory annotated = new Jsr310DateTimeFormatAnnotationFormatterFactory();
		registry.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<DateTimeFormat>() {
			@Override
			public Set<Class<?>> getFieldTypes() {
				return annotated.getFieldTypes();
			}

			@Override
			public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> type) {
				return annotated.getPrinter(annotation, type);
			}

			@Override
			public Parser<?> getParser(DateTimeFormat annotation, Class<?> type) {
				Parser<?> parser = annotated.getParser(annotation, type);
				return (text, locale) -> checked(parser.parse(text, locale));
			}
		});
		registry.addFormatterForFieldType(LocalDate.class, (date, locale) -> date.toString(),
				(text, locale) -> checked(LocalDate.parse(text)));
	}

	private <T> T checked(T value) throws ParseException {
		PlausibleDates.check(day(value), clock);
		return value;
	}
}
