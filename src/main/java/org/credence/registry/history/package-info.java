/** Named so that the decisions module may record, through {@link org.credence.registry.history.AppliedDecisions}, the decisions that took effect. */
@org.springframework.modulith.NamedInterface("history")
package org.credence.registry.history;
