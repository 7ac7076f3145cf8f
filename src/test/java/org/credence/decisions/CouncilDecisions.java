package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.support.Fixtures.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.credence.support.Api;
import org.credence.support.MutableClock;

/**
 * A council decision the short way: drafted now, circulated until noon the day before it takes effect,
 * adopted when that deadline passes in silence, and applied at 00:00 Brussels on its effective date.
 * Not a bean, like {@link Council}.
 */
class CouncilDecisions {

	private final Api api;

	private final MutableClock clock;

	private final DecisionEnactment enactment;

	CouncilDecisions(Api api, MutableClock clock, DecisionEnactment enactment) {
		this.api = api;
		this.clock = clock;
		this.enactment = enactment;
	}

	/** Drafted and circulated; the clock stays where it is. */
	String circulated(String grounds, String effectiveDate, List<Object> acts) {
		Api.Response drafted = api.post("/api/decisions", json("grounds", grounds, "classification", "NATO RESTRICTED",
				"effectiveDate", effectiveDate, "acts", acts));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		assertThat(drafted.json().path("authority").asString()).isEqualTo("COUNCIL");
		String deadline = LocalDate.parse(effectiveDate).minusDays(1) + "T12:00";
		Api.Response circulated = api.post("/api/decisions/" + drafted.id() + "/circulation", json("deadline", deadline));
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		return drafted.id();
	}

	/** Moves the clock to the effective instant and applies what is due; answers the decision as it then is. */
	JsonNode applyOn(String decision, String effectiveDate) {
		clock.set(LocalDate.parse(effectiveDate).atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant());
		enactment.applyDue();
		return api.get("/api/decisions/" + decision).json();
	}

	/** Circulated, adopted in silence and applied on its effective date. */
	String applied(String grounds, String effectiveDate, List<Object> acts) {
		String decision = circulated(grounds, effectiveDate, acts);
		JsonNode outcome = applyOn(decision, effectiveDate);
		assertThat(outcome.path("appliedAt").isNull()).as(outcome.toString()).isFalse();
		return decision;
	}
}
