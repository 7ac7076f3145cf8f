package org.credence.decisions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.pages.Dates;
import org.credence.registry.Registry;
import org.credence.registry.accreditation.Accreditation;

/**
 * Acts said in words, in the reader's language, with the names of the persons and missions they
 * concern: the one place the pages describe an act. A new kind needs a message {@code act.<KIND>};
 * its arguments are those of the mission it concerns, or of the accreditation it names.
 */
@Component
class ActDescriptions {

	private final Registry registry;

	private final MessageSource messages;

	private final Dates dates;

	ActDescriptions(Registry registry, MessageSource messages, Dates dates) {
		this.registry = registry;
		this.messages = messages;
		this.dates = dates;
	}

	/** One decision's acts in words, in order. */
	List<String> describe(List<Act> acts, Locale locale) {
		return describe(acts, ActSubjects.of(acts, registry), locale);
	}

	/**
	 * Each decision's acts in words, in order: the registry is read in three queries however many
	 * decisions and acts, so that a page listing them costs no more per row.
	 */
	Map<UUID, List<String>> describe(Map<UUID, List<Act>> actsOf, Locale locale) {
		ActSubjects subjects = ActSubjects.of(actsOf.values().stream().flatMap(List::stream).toList(), registry);
		Map<UUID, List<String>> described = new HashMap<>();
		actsOf.forEach((decision, acts) -> described.put(decision, describe(acts, subjects, locale)));
		return described;
	}

	private List<String> describe(List<Act> acts, ActSubjects subjects, Locale locale) {
		return acts.stream().map(act -> describe(act, subjects, locale)).toList();
	}

	/**
	 * Mission acts: {0} the mission, {1} the total, {2} the per-category limits. Acts on a person: {0}
	 * the person, {3} the departure deadline. Acts on an accreditation: {0} the person, {1} their
	 * title, {2} the mission, {3} the departure deadline.
	 */
	private String describe(Act act, ActSubjects subjects, Locale locale) {
		Object[] arguments = act.kind().concernsMission()
				? new Object[] { subjects.missionName(act.missionId()), act.total() == null ? "" : act.total().toString(),
						categories(act, locale) }
				: act.kind().concernsPerson() ? person(act, subjects) : accreditation(act, subjects);
		return messages.getMessage("act." + act.kind().name(), arguments, act.kind().name(), locale);
	}

	private String categories(Act act, Locale locale) {
		return act.categories().entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(limit -> messages.getMessage("category." + limit.getKey().name(), null, limit.getKey().name(), locale)
					+ ": " + limit.getValue())
			.collect(Collectors.collectingAndThen(Collectors.joining("; "), limits -> limits.isEmpty() ? "" : " (" + limits + ")"));
	}

	private Object[] person(Act act, ActSubjects subjects) {
		return new Object[] { subjects.personName(act.personId()), "", "", deadline(act) };
	}

	private Object[] accreditation(Act act, ActSubjects subjects) {
		Optional<Accreditation> accreditation = subjects.accreditation(act.accreditationId());
		String person = accreditation.map(a -> subjects.personName(a.personId())).orElse("?");
		String title = accreditation.map(Accreditation::title).orElse("");
		String mission = accreditation.map(a -> subjects.missionName(a.missionId())).orElse("?");
		return new Object[] { person, title, mission, deadline(act) };
	}

	private String deadline(Act act) {
		return act.departureDeadline() == null ? "" : dates.show(act.departureDeadline());
	}
}
