package org.credence.publication;

import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.host.Host;
import org.credence.host.State;
import org.credence.host.States;
import org.credence.registry.Registry;
import org.credence.registry.listing.PublishedMission;

/**
 * The diplomatic list of a day, as it stood at the end of that day (its last instant in the
 * receiving party's zone), so that an arrival or a departure dated that day, or a decision taking
 * effect during it, shows on it. Missions in the order of the receiving party: to an organization,
 * by the sending state's name in the reader's language; to a state, by the precedence of their heads,
 * the earliest to take up functions first (those without a date after them, by name).
 */
@Service
class DiplomaticList {

	private final Registry registry;

	private final Host host;

	private final States states;

	private final PublicationSettings settings;

	DiplomaticList(Registry registry, Host host, States states, PublicationSettings settings) {
		this.registry = registry;
		this.host = host;
		this.states = states;
		this.settings = settings;
	}

	/** A mission on the list with its sending state's name in the reader's language. */
	record Entry(PublishedMission mission, String stateName) {

		/** Its published strength: the members it lists, those of the published categories. */
		int strength() {
			return mission.members().size();
		}
	}

	record Listed(LocalDate date, List<Entry> missions) {
	}

	@Transactional(readOnly = true)
	Listed of(LocalDate day, Locale locale) {
		OffsetDateTime endOfDay = host.startOf(day.plusDays(1)).minus(1, ChronoUnit.MICROS);
		// All states' names at once: one query, not one per mission.
		Map<String, String> names = states.all().stream().collect(Collectors.toMap(State::code, state -> state.name(locale)));
		List<Entry> entries = registry.publishedAt(endOfDay, settings.categories())
			.stream()
			.map(mission -> new Entry(mission, names.getOrDefault(mission.sendingState(), mission.sendingState())))
			.sorted(order(locale))
			.toList();
		return new Listed(day, entries);
	}

	private Comparator<Entry> order(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Comparator<Entry> byName = Comparator.comparing(Entry::stateName, collator)
			.thenComparing(entry -> entry.mission().name(), collator);
		if (host.kind() == Host.Kind.ORGANIZATION) {
			return byName;
		}
		return Comparator.<Entry, LocalDate>comparing(entry -> entry.mission().contact().headTookUpFunctionsOn(),
				Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
	}
}
