package org.credence.pages;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages, in French with the elision a name put after de or que calls for (la demande
 * d’Aleksei, qu’Irène), which the message cannot write itself since it does not know what comes. Only messages with arguments are touched; their fixed words are written elided.
 */
@Configuration(proxyBeanMethods = false)
class Elisions {

	private static final Pattern BEFORE_VOWEL = Pattern.compile("(?<![\\p{L}’'])([Dd]|[Qq]u)e (?=[AEIOUÀÂÉÈÊÎÔÛaeiouàâéèêîôû])");

	static String elided(String text, Locale locale) {
		return text == null || !"fr".equals(locale.getLanguage()) ? text : BEFORE_VOWEL.matcher(text).replaceAll("$1’");
	}

	/** Named as Spring Boot's own, which it replaces: the same bundle, read as UTF-8, no fallback to the system's language. */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename("messages");
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		return new Elided(bundle);
	}

	private record Elided(MessageSource bundle) implements MessageSource {

		@Override
		public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
			String message = bundle.getMessage(code, args, defaultMessage, locale);
			return args == null || args.length == 0 ? message : elided(message, locale);
		}

		@Override
		public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
			String message = bundle.getMessage(code, args, locale);
			return args == null || args.length == 0 ? message : elided(message, locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
			Object[] args = resolvable.getArguments();
			String message = bundle.getMessage(resolvable, locale);
			return args == null || args.length == 0 ? message : elided(message, locale);
		}
	}
}
