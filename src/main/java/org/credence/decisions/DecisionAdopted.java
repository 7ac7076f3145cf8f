package org.credence.decisions;

import java.util.List;
import java.util.UUID;

/** A decision was adopted; {@code states} were asked (none for an executive decision). */
public record DecisionAdopted(UUID decision, String proposedBy, List<String> states, By by) {

	public enum By {
		SIGNATURE, CONCURRENCE, SILENCE
	}
}
