-- An incident the register recorded itself, from a decision of the receiving party that took
-- effect: one per state whose mission's members it withdrew.
alter table incident add column decision_id uuid;
alter table incident add unique (decision_id, affected_state);
