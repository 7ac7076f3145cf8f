package org.credence.decisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.credence.registry.Registry;
import org.credence.registry.history.DecisionNames;

/**
 * Decisions named for readers, in their language, from what they do: the reference (Council
 * decision 2021-7 (ceiling 10, 8 withdrawals)) and the title (Ceiling of 10 and 8 withdrawals —
 * Mission of the Russian Federation). Rendered when shown, never stored, so that every page and
 * every other module (histories, notices, incidents) names a decision the same way in both languages.
 */
@Component
public class DecisionTitles implements DecisionNames {

	/** How a decision is named: its reference with what it does in short, and its title. */
	public record Named(UUID id, String reference, String title) {
	}

	/** Mission measures first, then the acts on persons: the order a reader weighs them. */
	private static final List<ActKind> ORDER = List.of(ActKind.SET_CEILING, ActKind.SUSPEND_MISSION,
			ActKind.RESUME_MISSION, ActKind.CLOSE_MISSION, ActKind.WITHDRAW, ActKind.DECLARE_NOT_ACCEPTABLE,
			ActKind.LIFT_NOT_ACCEPTABLE, ActKind.APPROVE, ActKind.REFUSE);

	private final Decisions decisions;

	private final DecisionActs decisionActs;

	private final Registry registry;

	private final MessageSource messages;

	DecisionTitles(Decisions decisions, DecisionActs decisionActs, Registry registry, MessageSource messages) {
		this.decisions = decisions;
		this.decisionActs = decisionActs;
		this.registry = registry;
		this.messages = messages;
	}

	public Optional<Named> of(UUID decision, Locale locale) {
		return Optional.ofNullable(of(List.of(decision), locale).get(decision));
	}

	/** The decisions of those ids that exist, named in a few queries however many. */
	public Map<UUID, Named> of(Collection<UUID> ids, Locale locale) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Decision> found = decisions.byIds(Set.copyOf(ids));
		Map<UUID, List<Act>> acts = decisionActs.of(found.stream().map(Decision::id).toList());
		ActSubjects subjects = ActSubjects.of(acts.values().stream().flatMap(List::stream).toList(), registry);
		return found.stream().collect(Collectors.toMap(Decision::id,
				d -> named(d, acts.getOrDefault(d.id(), List.of()), subjects, locale)));
	}

	@Override
	public Map<UUID, String> references(Collection<UUID> decisions, Locale locale) {
		return of(decisions, locale).values().stream().collect(Collectors.toMap(Named::id, Named::reference));
	}

	private Named named(Decision decision, List<Act> acts, ActSubjects subjects, Locale locale) {
		DecisionNumber number = decision.number();
		String numbered = text("decision.number." + number.authority().name(), locale, number.toString());
		String reference = text("decision.reference", locale, numbered, decision.version(),
				String.join(", ", parts(acts, subjects, "act.short.", locale)));
		String does = joined(parts(acts, subjects, "act.title.", locale), locale);
		String subject = String.join(", ", subjects(acts, subjects));
		String title = capitalized(does, locale) + (subject.isEmpty() ? "" : " — " + subject);
		return new Named(decision.id(), reference, title);
	}

	/** One phrase per kind of act, with how many or, for a ceiling, its total. */
	private List<String> parts(List<Act> acts, ActSubjects subjects, String prefix, Locale locale) {
		Map<ActKind, List<Act>> byKind = acts.stream().collect(Collectors.groupingBy(Act::kind));
		List<String> parts = new ArrayList<>();
		for (ActKind kind : ORDER) {
			List<Act> ofKind = byKind.getOrDefault(kind, List.of());
			if (kind == ActKind.SET_CEILING) {
				ofKind.forEach(act -> parts.add(act.total() == null ? text(prefix + "SET_CEILING.none", locale)
						: text(prefix + "SET_CEILING", locale, String.valueOf(act.total()))));
			}
			else if (!ofKind.isEmpty()) {
				parts.add(text(prefix + kind.name(), locale, ofKind.size()));
			}
		}
		return parts;
	}

	/** The missions the acts concern, or the persons where no mission is concerned. */
	private static Set<String> subjects(List<Act> acts, ActSubjects subjects) {
		Set<String> missions = names(acts, act -> act.missionId() != null ? act.missionId()
				: subjects.accreditation(act.accreditationId()).map(a -> a.missionId()).orElse(null), subjects::missionName);
		return !missions.isEmpty() ? missions : names(acts, Act::personId, subjects::personName);
	}

	private static Set<String> names(List<Act> acts, Function<Act, UUID> id, Function<UUID, String> name) {
		return acts.stream().map(id).filter(Objects::nonNull).map(name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private String joined(List<String> parts, Locale locale) {
		if (parts.size() < 2) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + text("decision.and", locale) + " "
				+ parts.get(parts.size() - 1);
	}

	private static String capitalized(String text, Locale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}
