-- A revised draft is a new decision, the next version of the one it replaces (not adopted or
-- withdrawn); each decision is revised at most once, so the versions form one line.
alter table decision add column replaces uuid unique references decision (id);
alter table decision add column version integer not null default 1 check (version >= 1);
alter table decision add check ((replaces is null) = (version = 1));
