package org.credence.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import org.credence.decisions.MeasureHistory;

/** The register's precedents, as a decision's page shows them: the receiving party's measures against a state. */
@Component
class RegisterPrecedents implements MeasureHistory {

	private final Precedents precedents;

	private final Clock clock;

	RegisterPrecedents(Precedents precedents, Clock clock) {
		this.precedents = precedents;
		this.clock = clock;
	}

	@Override
	public History before(String affected, LocalDate day) {
		Precedents.Found found = precedents.of(Parties.HOST, affected, day, null, OffsetDateTime.now(clock));
		return new History(found.measures().stream().map(RegisterPrecedents::measure).toList(),
				found.affectedAgainstOthers().stream().map(RegisterPrecedents::measure).toList());
	}

	private static Measure measure(Precedents.Measure m) {
		return new Measure(fact(m.measure()), m.inResponseTo() == null ? null : answer(m.inResponseTo()),
				m.answeredBy().stream().map(RegisterPrecedents::answer).toList());
	}

	private static Answer answer(Precedents.Answer a) {
		return new Answer(fact(a.incident()), a.daysBetween());
	}

	/** The standing of the incident as a whole, null while no source is cited for it. */
	private static Fact fact(Precedents.Fact f) {
		String standing = f.standing().stream()
			.filter(s -> s.fact() == null)
			.findFirst()
			.map(s -> s.standing().name())
			.orElse(null);
		List<String> sources = f.sources().stream().map(Citation::publisher).distinct().toList();
		return new Fact(f.occurredOn(), f.kind().name(), f.title(), f.total(), standing, sources);
	}
}
