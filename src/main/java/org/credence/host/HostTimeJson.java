package org.credence.host;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instants in JSON bodies as {@link HostTime} writes and reads them, whichever module's record holds
 * them: one place, so that no view can come back in UTC or with nanoseconds while the others do not.
 * The deserializers name the type they handle: the plausible-date check wraps them by that type.
 */
@Configuration(proxyBeanMethods = false)
class HostTimeJson {

	@Bean
	JsonMapperBuilderCustomizer hostInstants(Host host) {
		ZoneId zone = host.timeZone();
		SimpleModule module = new SimpleModule("host-instants");
		module.addSerializer(OffsetDateTime.class, new ValueSerializer<OffsetDateTime>() {
			@Override
			public void serialize(OffsetDateTime value, JsonGenerator out, SerializationContext context) {
				out.writeString(HostTime.write(value, zone));
			}
		});
		module.addSerializer(Instant.class, new ValueSerializer<Instant>() {
			@Override
			public void serialize(Instant value, JsonGenerator out, SerializationContext context) {
				out.writeString(HostTime.write(value.atOffset(ZoneOffset.UTC), zone));
			}
		});
		module.addDeserializer(OffsetDateTime.class, new StdDeserializer<OffsetDateTime>(OffsetDateTime.class) {
			@Override
			public OffsetDateTime deserialize(JsonParser in, DeserializationContext context) {
				return read(in, context, zone);
			}
		});
		module.addDeserializer(Instant.class, new StdDeserializer<Instant>(Instant.class) {
			@Override
			public Instant deserialize(JsonParser in, DeserializationContext context) {
				return read(in, context, zone).toInstant();
			}
		});
		return builder -> builder.addModule(module);
	}

	private static OffsetDateTime read(JsonParser in, DeserializationContext context, ZoneId zone) {
		if (in.currentToken() != JsonToken.VALUE_STRING) {
			return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, in);
		}
		String text = in.getString();
		try {
			return HostTime.read(text, zone);
		}
		catch (DateTimeParseException e) {
			throw context.weirdStringException(text, OffsetDateTime.class, "not a date and time");
		}
	}
}
