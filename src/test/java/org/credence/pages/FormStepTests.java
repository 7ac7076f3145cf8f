package org.credence.pages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.MapBindingResult;

import org.credence.host.Host;
import org.credence.problem.InvalidField;
import org.credence.problem.ProblemException;
import org.credence.problem.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The one step of every form: the change's page when it succeeds, the form again with why when refused. */
class FormStepTests {

	private static final Host NATO = new Host("NATO", "OTAN", Host.Kind.ORGANIZATION, ZoneId.of("Europe/Brussels"), List.of());

	private final StaticMessageSource messages = messages();

	private final FormStep step = new FormStep(
			new Feedback(new Labels(messages), new ProblemWords(messages, new Dates(NATO, messages))));

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

	@Test
	void aRefusalOnAFrenchPageIsSaidInFrenchWithItsDatesAsThePagesShowThem() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		ExtendedModelMap model = new ExtendedModelMap();
		step.submit(model, "departure", new MapBindingResult(new HashMap<>(Map.of("departureDate", "")), "departure"), () -> {
			throw new ProblemException(ProblemKind.CONFLICT, "The departure on 2021-10-01 would come before 2021-11-01.")
				.saying("departure-before-start")
				.with("departureDate", LocalDate.of(2021, 10, 1))
				.with("start", OffsetDateTime.parse("2021-11-01T00:00+01:00"))
				.with("errors", List.of(new InvalidField("departureDate", "must be after 2021-11-01 15:30 Europe/Brussels")
					.saying("after", Map.of("day", OffsetDateTime.parse("2021-11-01T15:30+01:00")))));
		}, () -> "departures");
		Feedback.Summary failure = (Feedback.Summary) model.get("failure");
		assertThat(failure.title()).isEqualTo("Conflit");
		assertThat(failure.detail()).isEqualTo("Le départ le 1er octobre 2021 précéderait le début de l’accréditation, le 1er novembre 2021.");
		assertThat(failure.items()).containsExactly(new Feedback.Item("departure-departureDate",
				"Date du départ\u00a0: doit être postérieur au 1er novembre 2021, 15\u00a0h\u00a030, heure de Bruxelles"));
	}

	@Test
	void errorsAreListedInTheOrderOfTheFormsFields() {
		ExtendedModelMap model = new ExtendedModelMap();
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Arrival(null, null), "arrival");
		result.rejectValue("title", "blank", "must be given");
		result.reject("late", "too late");
		result.rejectValue("name", "blank", "must be given");
		step.submit(model, "arrival", result, () -> "arrivals", () -> "arrivals");
		assertThat(((Feedback.Summary) model.get("failure")).items()).extracting(Feedback.Item::anchor)
			.containsExactly("arrival-name", "arrival-title", "arrival");
	}

	/** A form object whose fields come in the order the form shows them. */
	public record Arrival(String name, String title) {
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
		messages.addMessage("failure.field", Locale.FRENCH, "{0}\u00a0: {1}");
		messages.addMessage("problem.conflict", Locale.FRENCH, "Conflit");
		messages.addMessage("field.departureDate", Locale.FRENCH, "Date du départ");
		messages.addMessage("problem.conflict.departure-before-start", Locale.FRENCH,
				"Le départ le {departureDate} précéderait le début de l’accréditation, le {start}.");
		messages.addMessage("rule.after", Locale.FRENCH, "doit être postérieur au {day}");
		messages.addMessage("dates.at", Locale.FRENCH, "{0}, {1}, heure de {2}");
		messages.addMessage("zone.Europe/Brussels", Locale.FRENCH, "Bruxelles");
		return messages;
	}
}
