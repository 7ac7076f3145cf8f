package org.credence.relations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Component;

import org.credence.host.Host;
import org.credence.problem.ProblemException;

/**
 * How like measures went before, from the register alone: the earlier measures of one party against
 * a state, each with the incidents recorded as answering it and the days between, counted by kind;
 * and that state's own measures against other parties over the same period, each with what it
 * answered. Facts with their sources and standing only: no prediction, no score. With a record time,
 * only what the register held then (incidents and citations recorded by then).
 */
@Component
class Precedents {

	/** Measures against a state's diplomats or mission; a refused request is not one. */
	static final Set<IncidentKind> MEASURES = EnumSet.complementOf(EnumSet.of(IncidentKind.ACCREDITATION_REFUSAL));

	private final Incidents incidents;

	private final IncidentViews views;

	private final Parties parties;

	private final Host host;

	Precedents(Incidents incidents, IncidentViews views, Parties parties, Host host) {
		this.incidents = incidents;
		this.views = views;
		this.parties = parties;
		this.host = host;
	}

	/** An incident with the sources cited for it and where each of its facts stands. */
	@Schema(name = "PrecedentIncident")
	record Fact(UUID id, IncidentKind kind, String title, IncidentViews.Party acting, IncidentViews.Party affected,
			LocalDate occurredOn, Map<String, Integer> counts, int total, List<Citation> sources,
			List<FactStanding> standing) {
	}

	/** An incident answering a measure, or answered by it, and the days between the two. */
	@Schema(name = "PrecedentAnswer")
	record Answer(Fact incident, long daysBetween) {
	}

	/** A measure, the incident it answered if any, and the incidents that answered it. */
	@Schema(name = "PrecedentMeasure")
	record Measure(Fact measure, Answer inResponseTo, List<Answer> answeredBy) {
	}

	/** Per kind: how many incidents, how many persons. */
	@Schema(name = "PrecedentCount")
	record Count(IncidentKind kind, int incidents, int persons) {
	}

	@Schema(name = "Precedents")
	record Found(IncidentViews.Party acting, IncidentViews.Party affected, LocalDate before, OffsetDateTime knownAt,
			List<Measure> measures, List<Count> measuresByKind, List<Count> answersByKind, LocalDate periodFrom,
			List<Measure> affectedAgainstOthers) {
	}

	/**
	 * The precedents of measures taken before that day (default: the day of {@code knownAt}, or today),
	 * as the register held them at {@code knownAt} (default: all it holds).
	 */
	Found of(String acting, String affected, LocalDate before, OffsetDateTime knownAt, OffsetDateTime now) {
		if (!parties.exists(acting)) {
			throw ProblemException.invalid("acting", "must be an ISO 3166-1 alpha-3 state such as CZE, or HOST");
		}
		if (!parties.exists(affected) || affected.equals(acting)) {
			throw ProblemException.invalid("affected", "must be an ISO 3166-1 alpha-3 state such as RUS, or HOST, "
					+ "other than the acting party");
		}
		LocalDate until = before != null ? before : host.localDate(knownAt != null ? knownAt : now);
		Predicate<OffsetDateTime> held = recorded -> knownAt == null || !recorded.isAfter(knownAt);
		List<Incident> register = incidents.all(null, null, null, null).stream()
			.filter(i -> held.test(i.recordedAt()))
			.toList();
		List<Incident> measures = register.stream()
			.filter(i -> MEASURES.contains(i.kind()) && i.acting().equals(acting) && i.affected().equals(affected)
					&& i.occurredOn().isBefore(until))
			.toList();
		LocalDate from = measures.stream().map(Incident::occurredOn).min(Comparator.naturalOrder()).orElse(until);
		List<Incident> elsewhere = register.stream()
			.filter(i -> MEASURES.contains(i.kind()) && i.acting().equals(affected) && !i.affected().equals(acting)
					&& !i.occurredOn().isBefore(from) && i.occurredOn().isBefore(until))
			.toList();
		List<Measure> taken = measures.stream().map(m -> measure(m, register, held)).toList();
		List<Incident> answers = taken.stream().flatMap(m -> m.answeredBy().stream())
			.map(a -> register.stream().filter(i -> i.id().equals(a.incident().id())).findFirst().orElseThrow())
			.toList();
		return new Found(views.party(acting), views.party(affected), until, host.local(knownAt), taken, count(measures),
				count(answers), measures.isEmpty() ? null : from,
				elsewhere.stream().map(m -> measure(m, register, held)).toList());
	}

	private Measure measure(Incident measure, List<Incident> register, Predicate<OffsetDateTime> held) {
		Answer answered = register.stream()
			.filter(i -> i.id().equals(measure.answers()))
			.findFirst()
			.map(i -> new Answer(fact(i, held), ChronoUnit.DAYS.between(i.occurredOn(), measure.occurredOn())))
			.orElse(null);
		List<Answer> answers = register.stream()
			.filter(i -> measure.id().equals(i.answers()))
			.map(i -> new Answer(fact(i, held), ChronoUnit.DAYS.between(measure.occurredOn(), i.occurredOn())))
			.toList();
		return new Measure(fact(measure, held), answered, answers);
	}

	private Fact fact(Incident i, Predicate<OffsetDateTime> held) {
		List<Citation> sources = incidents.citations(i.id()).stream()
			.filter(c -> held.test(c.recordedAt()))
			.map(views::local)
			.toList();
		return new Fact(i.id(), i.kind(), i.title(), views.party(i.acting()), views.party(i.affected()), i.occurredOn(),
				i.counts(), i.total(), sources, FactStanding.of(sources));
	}

	private static List<Count> count(List<Incident> found) {
		Map<IncidentKind, int[]> counts = new TreeMap<>();
		found.forEach(i -> {
			int[] c = counts.computeIfAbsent(i.kind(), k -> new int[2]);
			c[0]++;
			c[1] += i.total();
		});
		List<Count> list = new ArrayList<>();
		counts.forEach((kind, c) -> list.add(new Count(kind, c[0], c[1])));
		return list;
	}
}
