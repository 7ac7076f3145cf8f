package org.credence.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.credence.host.Host;
import org.credence.registry.KnownStanding;
import org.credence.registry.MissionStatus;
import org.credence.registry.Registry;
import org.credence.registry.StaffCategory;
import org.credence.registry.accreditation.Accreditation;
import org.credence.registry.accreditation.AccreditationStatus;
import org.credence.registry.mission.Mission;
import org.credence.registry.person.Person;

import org.credence.decisions.Impact.ActResult;
import org.credence.decisions.Impact.Limit;
import org.credence.decisions.Impact.MissionEffect;
import org.credence.decisions.Impact.OtherDecision;
import org.credence.decisions.Impact.PersonLeaving;
import org.credence.decisions.Impact.Warning;
import org.credence.decisions.Impact.Warning.Code;

/**
 * What a decision not yet applied will do, computed from the registry as of its effective instant
 * (or another one) and as known at a record time, without changing anything. The missions are taken
 * the moment before that instant; the other decisions adopted for them and due by then are played
 * first, in the order they take effect, then this one's acts, in their order.
 */
@Service
class ImpactAssessment {

	/** The registry's finest time: the moment before an instant. */
	private static final long MICROSECOND = 1000;

	private final SilenceProcedure procedure;

	private final Decisions decisions;

	private final DecisionActs decisionActs;

	private final DecisionTitles titles;

	private final Registry registry;

	private final Host host;

	private final Clock clock;

	ImpactAssessment(SilenceProcedure procedure, Decisions decisions, DecisionActs decisionActs, DecisionTitles titles,
			Registry registry, Host host, Clock clock) {
		this.procedure = procedure;
		this.decisions = decisions;
		this.decisionActs = decisionActs;
		this.titles = titles;
		this.registry = registry;
		this.host = host;
		this.clock = clock;
	}

	/**
	 * The impact at {@code at} (default: when the decision takes effect, its deadline or now while
	 * that is not known) from what was known at {@code knownAt} (default: now, or for an applied
	 * decision the moment before it was applied, so that it shows what it was to do).
	 */
	@Transactional
	Impact assess(UUID id, OffsetDateTime at, OffsetDateTime knownAt, Locale locale) {
		return assess(procedure.settle(id), at, knownAt, locale);
	}

	/** As {@link #assess(UUID, OffsetDateTime, OffsetDateTime, Locale)}, for a decision already read. */
	Impact assess(Decision decision, OffsetDateTime at, OffsetDateTime knownAt, Locale locale) {
		UUID id = decision.id();
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime known = knownAt != null ? knownAt
				: decision.appliedAt() != null ? decision.appliedAt().minusNanos(MICROSECOND) : now;
		OffsetDateTime effective = at != null ? at : defaultInstant(decision, now);
		OffsetDateTime before = effective.minusNanos(MICROSECOND);
		List<Act> acts = decisionActs.of(id);

		Map<UUID, Accreditation> named = registry.findAccreditations(acts.stream()
			.map(Act::accreditationId).filter(Objects::nonNull).toList());
		Set<UUID> missionIds = new LinkedHashSet<>();
		List<UUID> declared = new ArrayList<>();
		for (Act act : acts) {
			if (act.missionId() != null) {
				missionIds.add(act.missionId());
			}
			if (act.accreditationId() != null && named.containsKey(act.accreditationId())) {
				missionIds.add(named.get(act.accreditationId()).missionId());
			}
			if (act.kind() == ActKind.DECLARE_NOT_ACCEPTABLE) {
				declared.add(act.personId());
			}
		}
		if (!declared.isEmpty()) {
			missionIds.addAll(registry.missionsHolding(declared, before));
		}
		Map<UUID, State> states = new LinkedHashMap<>();
		registry.standingsAt(missionIds, before, known)
			.forEach((mission, standing) -> states.put(mission, new State(standing, effective)));

		List<Decision> others = others(decision, missionIds, effective, known);
		Map<UUID, List<Act>> othersActs = decisionActs.of(others.stream().map(Decision::id).toList());
		Map<UUID, DecisionTitles.Named> names = titles.of(others.stream().map(Decision::id).toList(), locale);
		Map<UUID, Accreditation> namedByAll = new HashMap<>(named);
		namedByAll.putAll(registry.findAccreditations(othersActs.values().stream().flatMap(List::stream)
			.map(Act::accreditationId).filter(Objects::nonNull).toList()));
		for (Decision other : others) {
			Set<UUID> touched = new HashSet<>();
			for (Act act : othersActs.getOrDefault(other.id(), List.of())) {
				touched.addAll(play(act, states, namedByAll, other.id(), effective, null));
			}
			OtherDecision view = new OtherDecision(other.id(), names.get(other.id()).reference(),
					names.get(other.id()).title(), host.local(other.takesEffectAt()));
			touched.forEach(mission -> states.get(mission).alsoTakingEffect.add(view));
		}

		List<Pending> pending = new ArrayList<>();
		List<Warning> warnings = new ArrayList<>();
		for (int i = 0; i < acts.size(); i++) {
			Act act = acts.get(i);
			Pending result = new Pending(i + 1, act);
			play(act, states, named, decision.id(), effective, result);
			pending.add(result);
			warnings.addAll(result.warnings);
		}
		warnings.addAll(deadlineWarnings(acts, effective));
		warnings.addAll(householdWarnings(acts));

		Set<UUID> persons = new HashSet<>();
		states.values().forEach(state -> {
			state.held.values().forEach(a -> persons.add(a.personId()));
			state.leaving.forEach(l -> persons.add(l.accreditation.personId()));
		});
		named.values().forEach(a -> persons.add(a.personId()));
		acts.stream().map(Act::personId).filter(Objects::nonNull).forEach(persons::add);
		Map<UUID, Person> people = registry.findPersons(persons);
		Map<UUID, Mission> missions = registry.findMissions(missionIds);

		List<MissionEffect> effects = new ArrayList<>();
		for (State state : states.values()) {
			MissionEffect effect = state.effect(missions.get(state.missionId), people);
			effects.add(effect);
			boolean ownCeiling = acts.stream()
				.anyMatch(a -> a.kind() == ActKind.SET_CEILING && state.missionId.equals(a.missionId()));
			if (ownCeiling && (effect.excessAfter() > 0 || !effect.categoryExcessAfter().isEmpty())) {
				boolean withdraws = pending.stream().anyMatch(p -> p.withdrew && state.missionId.equals(p.missionId));
				warnings.add(new Warning(Code.OVER_CEILING, null, state.missionId, null,
						"With " + effect.heldAfter() + " positions held the moment after, the mission stands "
								+ (effect.excessAfter() > 0 ? effect.excessAfter() + " over its ceiling of " + effect.ceilingAfter().total()
										: "over its ceiling in " + effect.categoryExcessAfter().keySet())
								+ (withdraws ? "; the withdrawals do not bring it down." : "; the decision withdraws no one there.")));
			}
		}
		List<ActResult> results = pending.stream().map(p -> p.result(people)).toList();
		return new Impact(id, host.local(effective), host.local(known), results, effects, warnings);
	}

	private OffsetDateTime defaultInstant(Decision decision, OffsetDateTime now) {
		if (decision.takesEffectAt() != null) {
			return decision.takesEffectAt();
		}
		// "When adopted": a circulated decision is adopted at its deadline at the latest.
		return decision.deadline() != null ? decision.deadline() : now;
	}

	/**
	 * Other decisions adopted by {@code known} for those missions, not applied then and not set aside,
	 * that take effect before or at that instant, the earliest first.
	 */
	private List<Decision> others(Decision decision, Set<UUID> missions, OffsetDateTime effective, OffsetDateTime known) {
		List<Decision> found = new ArrayList<>();
		for (Decision other : decisions.adoptedAbout(missions)) {
			boolean due = other.takesEffectAt() != null && !other.takesEffectAt().isAfter(effective);
			boolean adoptedThen = other.decidedAt() != null && !other.decidedAt().isAfter(known);
			boolean unappliedThen = other.appliedAt() == null || other.appliedAt().isAfter(known);
			if (!other.id().equals(decision.id()) && due && adoptedThen && unappliedThen
					&& other.applicationProblem() == null) {
				found.add(other);
			}
		}
		return found.stream()
			.sorted(Comparator.comparing(Decision::takesEffectAt).thenComparing(Decision::id))
			.toList();
	}

	/**
	 * Plays one act on the missions' states: the missions it touched. With {@code result} (an act of
	 * the decision assessed), also its result and warnings.
	 */
	private Set<UUID> play(Act act, Map<UUID, State> states, Map<UUID, Accreditation> named, UUID byDecision,
			OffsetDateTime effective, Pending result) {
		Set<UUID> touched = new HashSet<>();
		switch (act.kind()) {
			case WITHDRAW, APPROVE, REFUSE -> {
				Accreditation accreditation = named.get(act.accreditationId());
				State state = accreditation == null ? null : states.get(accreditation.missionId());
				if (state == null) {
					// Another decision's act about an accreditation this one does not name concerns no mission here.
					if (result != null) {
						result.accreditation(act.accreditationId(), null, null);
					}
					return touched;
				}
				touched.add(state.missionId);
				if (result != null) {
					result.accreditation(accreditation.id(), accreditation.personId(), state.missionId);
				}
				if (act.kind() == ActKind.WITHDRAW) {
					state.withdraw(accreditation, act.departureDeadline(), byDecision, result);
				}
				else if (act.kind() == ActKind.APPROVE && accreditation.status() == AccreditationStatus.REQUESTED
						&& !accreditation.requestedStart().isAfter(effective)) {
					state.held.put(accreditation.id(), accreditation);
				}
			}
			case DECLARE_NOT_ACCEPTABLE -> {
				LocalDate deadline = act.departureDeadline() != null ? act.departureDeadline() : host.localDate(effective);
				for (State state : states.values()) {
					for (Accreditation held : List.copyOf(state.held.values())) {
						if (held.personId().equals(act.personId())) {
							touched.add(state.missionId);
							state.withdraw(held, deadline, byDecision, null);
							if (result != null) {
								result.missionId = state.missionId;
							}
						}
					}
				}
				if (result != null) {
					result.personId = act.personId();
				}
			}
			case LIFT_NOT_ACCEPTABLE -> {
				if (result != null) {
					result.personId = act.personId();
				}
			}
			case SET_CEILING, SUSPEND_MISSION, RESUME_MISSION, CLOSE_MISSION -> {
				State state = states.get(act.missionId());
				if (state == null) {
					return touched;
				}
				touched.add(state.missionId);
				if (result != null) {
					result.missionId = state.missionId;
					result.ceilingBefore = state.ceiling;
					result.statusBefore = state.status;
				}
				switch (act.kind()) {
					case SET_CEILING -> state.ceiling = new Limit(act.total(), act.categories());
					case SUSPEND_MISSION -> state.status = MissionStatus.SUSPENDED;
					case RESUME_MISSION -> state.status = MissionStatus.ACTIVE;
					default -> state.status = MissionStatus.CLOSED;
				}
				if (result != null) {
					result.ceilingAfter = state.ceiling;
					result.statusAfter = state.status;
				}
			}
		}
		return touched;
	}

	/** One warning per departure deadline that ends after the instant the decision takes effect. */
	/** A withdrawal of a household's principal ends the household's accreditations with it. */
	private List<Warning> householdWarnings(List<Act> acts) {
		Map<UUID, Integer> households = registry.activeHouseholdSizes(acts.stream()
			.filter(act -> act.kind() == ActKind.WITHDRAW && act.accreditationId() != null)
			.map(Act::accreditationId)
			.toList());
		List<Warning> warnings = new ArrayList<>();
		for (int i = 0; i < acts.size(); i++) {
			Act act = acts.get(i);
			Integer members = act.kind() == ActKind.WITHDRAW ? households.get(act.accreditationId()) : null;
			if (members != null) {
				warnings.add(new Warning(Code.HOUSEHOLD_PRINCIPAL, i + 1, null, act.personId(), "Act " + (i + 1)
						+ ": the person is the principal of a household; its " + members
						+ " member(s) are withdrawn with them, with the same deadline."));
			}
		}
		return warnings;
	}

	private List<Warning> deadlineWarnings(List<Act> acts, OffsetDateTime effective) {
		Map<LocalDate, Integer> first = new LinkedHashMap<>();
		for (int i = 0; i < acts.size(); i++) {
			LocalDate deadline = acts.get(i).departureDeadline();
			if (deadline != null && host.startOf(deadline.plusDays(1)).isAfter(effective)) {
				first.putIfAbsent(deadline, i + 1);
			}
		}
		return first.entrySet().stream()
			.map(e -> new Warning(Code.EFFECTIVE_BEFORE_DEPARTURE_DEADLINE, e.getValue(), null, null,
					"The decision takes effect at " + host.describe(effective) + ", before the end of the departure deadline "
							+ e.getKey() + " it sets: those withdrawn may still be there when it takes effect."))
			.toList();
	}

	/** A mission as the acts played so far leave it. */
	private final class State {

		final UUID missionId;

		final Map<UUID, Accreditation> held = new LinkedHashMap<>();

		final int heldBefore;

		final Map<StaffCategory, Integer> heldBeforeByCategory;

		final Limit ceilingBefore;

		final MissionStatus statusBefore;

		Limit ceiling;

		MissionStatus status;

		final List<Leaving> leaving = new ArrayList<>();

		final List<OtherDecision> alsoTakingEffect = new ArrayList<>();

		State(KnownStanding standing, OffsetDateTime effective) {
			this.missionId = standing.missionId();
			standing.held().forEach(a -> held.put(a.id(), a));
			this.heldBefore = held.size();
			this.heldBeforeByCategory = byCategory(held.values());
			this.ceilingBefore = standing.ceilingTotal() == null ? Limit.NONE
					: new Limit(standing.ceilingTotal(), standing.ceilingCategories());
			this.ceiling = ceilingBefore;
			this.statusBefore = standing.status();
			this.status = standing.status();
			// A position whose end, already recorded, falls at the instant is gone the moment after.
			for (Accreditation a : standing.held()) {
				if (a.end() != null && !a.end().isAfter(effective)) {
					held.remove(a.id());
					leaving.add(new Leaving(a, a.departureDeadline(), null));
				}
			}
		}

		void withdraw(Accreditation accreditation, LocalDate deadline, UUID byDecision, Pending result) {
			Accreditation member = held.remove(accreditation.id());
			Leaving already = leaving.stream().filter(l -> l.accreditation.id().equals(accreditation.id())).findFirst()
				.orElse(null);
			if (result != null) {
				result.withdrew = true;
				result.departureDeadline = deadline;
				if (member == null && already == null) {
					result.warn(Code.NOT_A_MEMBER, "holds no position at the mission the moment before it takes effect");
				}
				else if (already != null || member.end() != null) {
					result.warn(Code.ALREADY_LEAVING, already != null && already.byDecision != null
							? "is already withdrawn by another adopted decision due by then"
							: "is already leaving: the registry records the end of the position, "
									+ host.describe(member != null ? member.end() : already.accreditation.end()));
				}
			}
			if (member != null) {
				leaving.add(new Leaving(member, deadline, byDecision));
			}
		}

		MissionEffect effect(Mission mission, Map<UUID, Person> people) {
			Map<StaffCategory, Integer> after = byCategory(held.values());
			int heldAfter = held.size();
			int excess = ceiling.total() == null ? 0 : Math.max(0, heldAfter - ceiling.total());
			Map<StaffCategory, Integer> categoryExcess = new EnumMap<>(StaffCategory.class);
			ceiling.categories().forEach((category, max) -> {
				int over = after.getOrDefault(category, 0) - max;
				if (over > 0) {
					categoryExcess.put(category, over);
				}
			});
			List<PersonLeaving> persons = leaving.stream()
				.map(l -> new PersonLeaving(l.accreditation.id(), l.accreditation.personId(),
						name(people, l.accreditation.personId()), l.accreditation.category(), l.deadline, l.byDecision))
				.toList();
			return new MissionEffect(missionId, mission == null ? null : mission.name(), heldBefore, heldBeforeByCategory,
					heldAfter, after, ceilingBefore, ceiling, excess, categoryExcess, statusBefore, status, persons,
					List.copyOf(alsoTakingEffect));
		}
	}

	private record Leaving(Accreditation accreditation, LocalDate deadline, UUID byDecision) {
	}

	/** An act of the decision assessed, its result gathered as it is played. */
	private final class Pending {

		final int position;

		final Act act;

		UUID missionId;

		UUID accreditationId;

		UUID personId;

		LocalDate departureDeadline;

		Limit ceilingBefore;

		Limit ceilingAfter;

		MissionStatus statusBefore;

		MissionStatus statusAfter;

		boolean withdrew;

		final List<Warning> warnings = new ArrayList<>();

		Pending(int position, Act act) {
			this.position = position;
			this.act = act;
			this.departureDeadline = act.departureDeadline();
		}

		void accreditation(UUID accreditation, UUID person, UUID mission) {
			this.accreditationId = accreditation;
			this.personId = person;
			this.missionId = mission;
		}

		void warn(Code code, String problem) {
			warnings.add(new Warning(code, position, missionId, personId, "Act " + position + ": the person " + problem + "."));
		}

		ActResult result(Map<UUID, Person> people) {
			return new ActResult(position, act.kind(), missionId, accreditationId, personId, name(people, personId),
					departureDeadline, ceilingBefore, ceilingAfter, statusBefore, statusAfter);
		}
	}

	private static String name(Map<UUID, Person> people, UUID person) {
		return person == null || !people.containsKey(person) ? null : people.get(person).nameLatin();
	}

	private static Map<StaffCategory, Integer> byCategory(Iterable<Accreditation> accreditations) {
		Map<StaffCategory, Integer> counts = new EnumMap<>(StaffCategory.class);
		accreditations.forEach(a -> counts.merge(a.category(), 1, Integer::sum));
		return counts;
	}
}
