-- Screening: each check of a person (or of a name a security officer typed) and the list entries it
-- found, which a security officer clears or confirms. V52 holds the lists themselves.

create table screening_check (
    id         uuid primary key,
    -- Null for a manual check of a name that is not (yet) a person of the registry.
    person_id  uuid references person (id),
    occasion   varchar(20)  not null constraint screening_check_occasion_check
        check (occasion in ('REGISTERED', 'ARRIVAL', 'NAMES_CHANGED', 'LIST_VERSION', 'MANUAL')),
    -- What was screened, as it was then: names, birth date, nationality, gender.
    query      jsonb        not null,
    threshold  numeric(4, 3) not null check (threshold between 0 and 1),
    checked_at timestamptz  not null,
    checked_by varchar(200) not null,
    check ((person_id is null) = (occasion = 'MANUAL'))
);

create index screening_check_person on screening_check (person_id, checked_at);

create table screening_hit (
    id              uuid primary key,
    check_id        uuid          not null references screening_check (id),
    person_id       uuid references person (id),
    list_id         varchar(20)   not null check (list_id in ('ofac-sdn', 'un-consolidated', 'registry')),
    entry           varchar(100)  not null,
    -- The entry as it read when it hit: a clearance holds until the entry changes.
    entry_digest    char(64)      not null,
    entry_name      varchar(500)  not null,
    query_name      varchar(500)  not null,
    matched_name    varchar(500)  not null,
    score           numeric(4, 3) not null check (score between 0 and 1),
    reasons         jsonb         not null,
    state           varchar(10)   not null constraint screening_hit_state_check
        check (state in ('OPEN', 'CLEARED', 'CONFIRMED', 'NOTED')),
    decided_at      timestamptz,
    decided_by      varchar(200),
    decision_reason text,
    -- A manual check's hits are answers, not work: noted, never open.
    check ((person_id is null) = (state = 'NOTED')),
    check ((state in ('CLEARED', 'CONFIRMED')) = (decided_at is not null and decided_by is not null
                                                 and length(trim(decision_reason)) > 0))
);

-- One open hit per person and entry: screening again refreshes the check, not the queue.
create unique index screening_hit_open_once on screening_hit (person_id, list_id, entry) where state = 'OPEN';
create index screening_hit_queue on screening_hit (score desc) where state = 'OPEN';
create index screening_hit_person on screening_hit (person_id, list_id, entry);
