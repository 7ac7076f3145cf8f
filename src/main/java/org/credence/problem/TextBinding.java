package org.credence.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a request carries is put in Unicode's composed form (NFC) as it is read, so that "é"
 * typed as one character or as "e" and an accent is the same name, found by the same search: by
 * Jackson for the API's bodies, and by the data binder for the pages' forms and query parameters.
 */
@ControllerAdvice
class TextBinding {

	/**
	 * Unless the page's own advice has registered {@code new ComposedText(true)} (blank fields mean
	 * "not given"), which must not be replaced, whichever advice the binder meets first.
	 */
	@InitBinder
	void composedForms(WebDataBinder binder) {
		if (binder.findCustomEditor(String.class, null) == null) {
			binder.registerCustomEditor(String.class, new ComposedText(false));
		}
	}

	@Bean
	static JsonMapperBuilderCustomizer composedJson() {
		return builder -> builder.addModule(new SimpleModule("composed-text").setDeserializerModifier(
				new ValueDeserializerModifier() {
					@Override
					public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
							BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
						return description.getBeanClass() == String.class ? new Composed(deserializer) : deserializer;
					}
				}));
	}

	static final class Composed extends DelegatingDeserializer {

		Composed(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Composed(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			return ComposedText.composed((String) super.deserialize(parser, context));
		}
	}
}
