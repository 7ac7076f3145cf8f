-- The journal read by action, newest first: the page's filter by action and its list of the
-- actions that exist (read by skipping from one action to the next along this index, not by
-- scanning every entry). Subject, actor and day already have theirs (V3), each ending in id.
create index journal_entry_action on journal_entry (action, id);
