/**
 * Decisions of the receiving party: acts (withdrawals, ceilings, approvals, refusals, measures
 * against a mission, declarations that a person is not acceptable) taken
 * together by the authority configuration gives them, the executive by signature or the council
 * by the silence procedure, and applied once, all together, at their effective instant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions")
package org.credence.decisions;
