-- The journal: every change, appended in the transaction that makes it, never rewritten.
-- Writers only insert (the id comes from a sequence, so they never wait on each other); a sealer
-- later gives committed entries a gapless position and chains their hashes. Sealing is the one
-- update the database allows, and only from "not yet sealed" to "sealed".

create table journal_entry (
    id           bigint generated always as identity primary key,
    recorded_at  timestamptz  not null,
    actor        varchar(200) not null,
    action       varchar(100) not null,
    subject_type varchar(50)  not null,
    subject_id   varchar(100) not null,
    -- json, not jsonb: the text is kept exactly as written, and that text is what is hashed.
    change       json         not null,
    position     bigint unique check (position > 0),
    hash         char(64) check (hash ~ '^[0-9a-f]{64}$'),
    check ((position is null) = (hash is null))
);
create index journal_entry_unsealed on journal_entry (id) where position is null;
create index journal_entry_subject on journal_entry (subject_id, id);
create index journal_entry_actor on journal_entry (actor, id);
create index journal_entry_recorded_at on journal_entry (recorded_at, id);

-- The end of the chain. Its row lock is what lets one sealer at a time work, on any instance.
create table journal_chain_head (
    singleton boolean primary key default true check (singleton),
    position  bigint   not null check (position >= 0),
    hash      char(64) not null check (hash ~ '^[0-9a-f]{64}$')
);
insert into journal_chain_head (position, hash) values (0, repeat('0', 64));

create function journal_entry_append_only() returns trigger
    language plpgsql as
$$
begin
    -- Statement-level (TRUNCATE) and DELETE calls have no new row to compare: refused below.
    if tg_op = 'UPDATE' then
        if old.position is null and old.hash is null
            and new.position is not null and new.hash is not null
            and new.id = old.id
            and new.recorded_at = old.recorded_at
            and new.actor = old.actor
            and new.action = old.action
            and new.subject_type = old.subject_type
            and new.subject_id = old.subject_id
            and new.change::text = old.change::text then
            return new;
        end if;
    end if;
    raise exception 'journal entries are append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger journal_entry_no_rewrite
    before update or delete on journal_entry
    for each row execute function journal_entry_append_only();

create trigger journal_entry_no_truncate
    before truncate on journal_entry
    for each statement execute function journal_entry_append_only();
