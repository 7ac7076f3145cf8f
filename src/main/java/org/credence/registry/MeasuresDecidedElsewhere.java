package org.credence.registry;

/**
 * Whether a mission's ceiling or status may be recorded directly, as a measure decided outside
 * the registry (by a council in session, or a suspension the sending state announced), rather than
 * only by a decision taken in it. The receiving party's configuration says so, and it belongs to
 * the decisions module, which implements this: the registry cannot read it without depending on
 * the module that depends on it.
 */
public interface MeasuresDecidedElsewhere {

	boolean ceilingMayBeRecorded();

	boolean statusMayBeRecorded(MissionStatus status);
}
