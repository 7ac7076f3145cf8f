package org.credence.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * How like measures went before, as a decision's page shows them next to its effect: the receiving
 * party's earlier measures against a state, with what answered each, and that state's measures
 * against others meanwhile. The relations register keeps them and implements this, so that
 * decisions need not depend on it.
 */
public interface MeasureHistory {

	/** An incident: its kind (as the register names kinds), persons concerned, and where it stands given its sources. */
	record Fact(LocalDate occurredOn, String kind, String title, int persons, String standing, List<String> sources) {
	}

	/** An incident answering a measure, or answered by it, and the days between the two. */
	record Answer(Fact incident, long daysBetween) {
	}

	record Measure(Fact measure, Answer inResponseTo, List<Answer> answeredBy) {
	}

	record History(List<Measure> measures, List<Measure> affectedAgainstOthers) {
	}

	/** The measures that occurred before that day, as the register holds them now. */
	History before(String affected, LocalDate day);
}
