-- The journal anchored outside the database (see org.credence.audit.EntryMac and Checkpoint).
-- Every entry carries a MAC made by the application, with a key the database does not hold, when
-- it writes the entry: an entry inserted by plain SQL cannot carry a valid one. Entries written
-- before this migration get theirs right after it, in migration 50.1 (JournalMacBackfill, a Java
-- migration: the key is the application's).
alter table journal_entry add column mac char(64) check (mac ~ '^[0-9a-f]{64}$');

-- The one update allowed is still sealing: position and hash from empty to filled, nothing else,
-- the MAC included.
create or replace function journal_entry_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' then
        if old.position is null and old.hash is null
            and new.position is not null and new.hash is not null
            and new.id = old.id
            and new.recorded_at = old.recorded_at
            and new.actor = old.actor
            and new.action = old.action
            and new.subject_type = old.subject_type
            and new.subject_id = old.subject_id
            and new.change::text = old.change::text
            and new.mac is not distinct from old.mac then
            return new;
        end if;
    end if;
    raise exception 'journal entries are append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- Entries the sealer refused to chain because their MAC does not verify: forged, or changed before
-- sealing. They stay unsealed, out of the chain, and are reported by every verification.
create table journal_refused_entry (
    id         bigint primary key,
    refused_at timestamptz not null
);

-- The signed checkpoints the sealers published, for the API; the copies that count are outside
-- the database (a file, the log, whatever auditors kept).
create table journal_checkpoint (
    size        bigint primary key check (size > 0),
    hash        char(64) not null check (hash ~ '^[0-9a-f]{64}$'),
    signed_at   timestamptz not null,
    signature   text not null
);
