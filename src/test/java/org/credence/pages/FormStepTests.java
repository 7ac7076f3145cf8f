package org.credence.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.MapBindingResult;

import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The one step of every form: the change's page when it succeeds, the form again with why when refused. */
class FormStepTests {

	private final FormStep step = new FormStep(new Feedback(new Labels(messages())));

	@BeforeEach
	void inEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void asBefore() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aChangeThatSucceedsGoesWhereItSaysAndSaysNoFailure() {
		ExtendedModelMap model = new ExtendedModelMap();
		String view = step.submit(model, "mission", new MapBindingResult(new HashMap<>(), "mission"),
				() -> "redirect:/missions/1", () -> "missions");
		assertThat(view).isEqualTo("redirect:/missions/1");
		assertThat(model).doesNotContainKey("failure");
	}

	@Test
	void aRefusedBoundFormIsShownAgainWithTheFieldTheServiceNamed() {
		ExtendedModelMap model = new ExtendedModelMap();
		Map<String, Object> typed = new HashMap<>(Map.of("name", ""));
		MapBindingResult result = new MapBindingResult(typed, "mission");
		String view = step.submit(model, "mission", result, () -> {
			throw ProblemException.invalid("name", "must be given");
		}, () -> "missions");
		assertThat(view).isEqualTo("missions");
		assertThat(result.getFieldError("name").getDefaultMessage()).isEqualTo("must be given");
		Feedback.Summary failure = (Feedback.Summary) model.get("failure");
		assertThat(failure.title()).isEqualTo("Some fields are missing or not valid");
		assertThat(failure.detail()).isNull();
		assertThat(failure.items()).containsExactly(new Feedback.Item("mission-name", "Name: must be given"));
	}

	@Test
	void aBoundFormThatBindingRefusedNeverReachesTheChange() {
		ExtendedModelMap model = new ExtendedModelMap();
		MapBindingResult result = new MapBindingResult(new HashMap<>(Map.of("name", "")), "mission");
		result.rejectValue("name", "blank", "must not be blank");
		String view = step.submit(model, "mission", result, () -> {
			throw new AssertionError("the change ran on an invalid form");
		}, () -> "missions");
		assertThat(view).isEqualTo("missions");
		assertThat(((Feedback.Summary) model.get("failure")).items())
			.containsExactly(new Feedback.Item("mission-name", "Name: must not be blank"));
	}

	@Test
	void aFieldTheServiceNamesAsTheApiDoesIsMarkedOnceOnTheFormsField() {
		ExtendedModelMap model = new ExtendedModelMap();
		MapBindingResult result = new MapBindingResult(new HashMap<>(Map.of("participants", List.of("CZE", "XYZ", "ABC"),
				"publishedOn", "2030-01-01")), "forum");
		step.submit(model, "forum", result, () -> {
			throw ProblemException.invalid(List.of(new InvalidField("participants[1]", "is unknown"),
					new InvalidField("participants[2]", "is unknown"), new InvalidField("source.publishedOn", "is late")));
		}, () -> "forums");
		assertThat(result.getFieldErrorCount("participants")).isEqualTo(2);
		assertThat(((Feedback.Summary) model.get("failure")).items()).extracting(Feedback.Item::message)
			.containsExactly("participants: is unknown", "publishedOn: is late");
	}

	@Test
	void aFormThatExplainsItsRulesSaysThemInsteadOfWhatWasWrong() {
		ExtendedModelMap model = new ExtendedModelMap();
		MapBindingResult result = new MapBindingResult(new HashMap<>(Map.of("days", "")), "token");
		result.rejectValue("days", "typeMismatch", "not a number");
		result.rejectValue("days", "Min", "too few");
		step.submit(model, "token", result, () -> "tokens", () -> "tokens");
		Feedback.Summary failure = (Feedback.Summary) model.get("failure");
		assertThat(failure.title()).isEqualTo("The form has fields that are missing or not valid");
		assertThat(failure.items()).containsExactly(new Feedback.Item("token-days", "Days: a whole number from 1 to 365"));
	}

	@Test
	void aFilterThatCannotBeReadIsSaidAndNotRead() {
		ExtendedModelMap model = new ExtendedModelMap();
		MapBindingResult unreadable = new MapBindingResult(new HashMap<>(Map.of("from", "soon")), "filter");
		unreadable.rejectValue("from", "typeMismatch", "must be a date");
		step.read(model, "filter", unreadable, () -> {
			throw new AssertionError("a filter that cannot be read was read");
		});
		assertThat(((Feedback.Summary) model.get("failure")).items())
			.containsExactly(new Feedback.Item("filter-from", "from: must be a date"));

		ExtendedModelMap refused = new ExtendedModelMap();
		MapBindingResult readable = new MapBindingResult(new HashMap<>(Map.of("and", "XXX")), "filter");
		step.read(refused, "filter", readable, () -> {
			throw ProblemException.invalid("and", "is not a state");
		});
		assertThat(readable.getFieldError("and").getDefaultMessage()).isEqualTo("is not a state");
	}

	@Test
	void aRefusalThatIsNotAboutFieldsIsSaidWithTheServicesExplanation() {
		ExtendedModelMap model = new ExtendedModelMap();
		step.submit(model, "user", new MapBindingResult(new HashMap<>(), "user"), () -> {
			throw new ProblemException(ProblemKind.CONFLICT, "The account changed meanwhile.");
		}, () -> "users");
		Feedback.Summary failure = (Feedback.Summary) model.get("failure");
		assertThat(failure.title()).isEqualTo("The change conflicts");
		assertThat(failure.detail()).isEqualTo("The account changed meanwhile.");
		assertThat(failure.items()).isEmpty();
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("failure.field", Locale.ENGLISH, "{0}: {1}");
		messages.addMessage("problem.invalid-input", Locale.ENGLISH, "Some fields are missing or not valid");
		messages.addMessage("problem.conflict", Locale.ENGLISH, "The change conflicts");
		messages.addMessage("field.name", Locale.ENGLISH, "Name");
		messages.addMessage("field.title", Locale.ENGLISH, "Title or rank");
		messages.addMessage("field.incident.title", Locale.ENGLISH, "Title");
		messages.addMessage("failure.token.title", Locale.ENGLISH, "The form has fields that are missing or not valid");
		messages.addMessage("failure.token.days", Locale.ENGLISH, "Days: a whole number from 1 to 365");
		return messages;
	}
}
