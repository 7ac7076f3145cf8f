-- Searching persons by a part of any of their names (lower(name) like '%text%') reads these trigram
-- indexes instead of every person and every other name; a blank search reads persons in the order
-- of their Latin name from the last index rather than sorting them all. Without the pending list
-- (fastupdate) a person just registered is in the index at once, and the planner does not turn away
-- from an index whose pending list grew with many registrations until a vacuum merges it.
create extension if not exists pg_trgm;

create index person_name_latin_trigrams on person using gin (lower(name_latin) gin_trgm_ops) with (fastupdate = off);
create index person_name_native_trigrams on person using gin (lower(name_native) gin_trgm_ops) with (fastupdate = off);
create index person_other_name_trigrams on person_other_name using gin (lower(name) gin_trgm_ops) with (fastupdate = off);
create index person_by_name_latin on person (name_latin);
