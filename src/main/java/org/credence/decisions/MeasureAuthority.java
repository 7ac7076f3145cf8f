package org.credence.decisions;

import org.springframework.stereotype.Component;

import org.credence.registry.MeasuresDecidedElsewhere;
import org.credence.registry.MissionStatus;

/** The registry asks here whether a measure decided outside it may be recorded: the configuration answers. */
@Component
class MeasureAuthority implements MeasuresDecidedElsewhere {

	private final DecisionSettings settings;

	MeasureAuthority(DecisionSettings settings) {
		this.settings = settings;
	}

	@Override
	public boolean ceilingMayBeRecorded() {
		return settings.recordedDirectly().contains(ActKind.SET_CEILING);
	}

	@Override
	public boolean statusMayBeRecorded(MissionStatus status) {
		return settings.recordedDirectly().contains(switch (status) {
			case ACTIVE -> ActKind.RESUME_MISSION;
			case SUSPENDED -> ActKind.SUSPEND_MISSION;
			case CLOSED -> ActKind.CLOSE_MISSION;
		});
	}
}
