package org.credence.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The authority of each kind of act comes from configuration; NATO's practice fills the gaps. */
class DecisionSettingsTests {

	private static final Act WITHDRAWAL = new Act(ActKind.WITHDRAW, null, null, null, null);

	private static final Act CEILING = new Act(ActKind.SET_CEILING, null, null, 10, null);

	@Test
	void byDefaultTheExecutiveWithdrawsAndTheCouncilSetsCeilingsDeclaresPersonsNotAcceptableAndActsAgainstMissions() {
		DecisionSettings nato = new DecisionSettings(null, null);

		assertThat(nato.authorityFor(List.of(WITHDRAWAL))).isEqualTo(Authority.EXECUTIVE);
		assertThat(nato.authorityFor(List.of(CEILING))).isEqualTo(Authority.COUNCIL);
		assertThat(nato.authorityFor(List.of(new Act(ActKind.CLOSE_MISSION, null, null, null, null))))
			.isEqualTo(Authority.COUNCIL);
		assertThat(nato.authorityFor(List.of(new Act(ActKind.DECLARE_NOT_ACCEPTABLE, null, null, null, null))))
			.isEqualTo(Authority.COUNCIL);
		assertThat(nato.authorityFor(List.of(new Act(ActKind.LIFT_NOT_ACCEPTABLE, null, null, null, null))))
			.isEqualTo(Authority.COUNCIL);
		assertThat(nato.authorityFor(List.of(WITHDRAWAL, CEILING))).as("one council act makes it the council's")
			.isEqualTo(Authority.COUNCIL);
	}

	@Test
	void configurationMovesAKindToAnotherAuthority() {
		DecisionSettings hostState = new DecisionSettings(Map.of(ActKind.SET_CEILING, Authority.EXECUTIVE,
				ActKind.WITHDRAW, Authority.COUNCIL), null);

		assertThat(hostState.authorityFor(List.of(CEILING))).isEqualTo(Authority.EXECUTIVE);
		assertThat(hostState.authorityFor(List.of(WITHDRAWAL))).isEqualTo(Authority.COUNCIL);
		assertThat(hostState.authorityFor(List.of(new Act(ActKind.APPROVE, null, null, null, null))))
			.isEqualTo(Authority.EXECUTIVE);
	}
}
