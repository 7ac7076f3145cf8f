-- The registry core. Valid time (when something happened) and record time (when the registry
-- learned of it) are both kept: *_from / start_at / end_at / occurred_at are valid time,
-- recorded_at is record time. Rows are appended, never rewritten, except an accreditation's
-- current state, whose every change is also an accreditation_event.

create extension if not exists btree_gist;

create table state (
    code    char(3) primary key check (code ~ '^[A-Z]{3}$'),
    alpha2  char(2) not null unique,
    name_en text    not null,
    name_fr text    not null
);

create table mission (
    id            uuid primary key,
    sending_state char(3)      not null references state (code),
    name          varchar(200) not null check (length(trim(name)) > 0),
    kind          varchar(30)  not null check (kind in ('PERMANENT_MISSION', 'OBSERVER_MISSION', 'EMBASSY',
                                                         'CONSULATE', 'LIAISON_OFFICE', 'INFORMATION_OFFICE',
                                                         'SPECIAL_MISSION')),
    recorded_at   timestamptz  not null,
    recorded_by   varchar(200) not null
);
create unique index mission_name_per_state on mission (sending_state, lower(name));

create table mission_status (
    mission_id     uuid          not null references mission (id),
    effective_from timestamptz   not null,
    status         varchar(20)   not null check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    reason         varchar(2000),
    recorded_at    timestamptz   not null,
    recorded_by    varchar(200)  not null,
    primary key (mission_id, effective_from)
);

create table ceiling (
    id             uuid primary key,
    mission_id     uuid          not null references mission (id),
    effective_from timestamptz   not null,
    total          integer       not null check (total >= 0),
    reason         varchar(2000),
    recorded_at    timestamptz   not null,
    recorded_by    varchar(200)  not null,
    unique (mission_id, effective_from)
);

create table ceiling_category (
    ceiling_id    uuid        not null references ceiling (id),
    category      varchar(30) not null check (category in ('DIPLOMATIC_AGENT', 'ADMINISTRATIVE_TECHNICAL',
                                                           'SERVICE_STAFF', 'PRIVATE_SERVANT', 'LOCAL_HIRE')),
    max_positions integer     not null check (max_positions >= 0),
    primary key (ceiling_id, category)
);

create table person (
    id          uuid primary key,
    name_native varchar(300) not null check (length(trim(name_native)) > 0),
    name_latin  varchar(300) not null check (length(trim(name_latin)) > 0),
    birth_year  smallint check (birth_year between 1850 and 2200),
    birth_month smallint check (birth_month between 1 and 12),
    birth_day   smallint check (birth_day between 1 and 31),
    nationality char(3)      not null references state (code),
    sex         varchar(10)  not null check (sex in ('FEMALE', 'MALE', 'UNKNOWN')),
    recorded_at timestamptz  not null,
    recorded_by varchar(200) not null,
    check (birth_month is null or birth_year is not null),
    check (birth_day is null or birth_month is not null)
);

create table person_other_name (
    person_id uuid         not null references person (id),
    position  smallint     not null,
    name      varchar(300) not null,
    primary key (person_id, position)
);

create table accreditation (
    id                 uuid primary key,
    person_id          uuid         not null references person (id),
    mission_id         uuid         not null references mission (id),
    category           varchar(30)  not null check (category in ('DIPLOMATIC_AGENT', 'ADMINISTRATIVE_TECHNICAL',
                                                                 'SERVICE_STAFF', 'PRIVATE_SERVANT', 'LOCAL_HIRE')),
    title              varchar(200) not null,
    function           varchar(200) not null,
    requested_start    timestamptz  not null,
    start_at           timestamptz,
    end_at             timestamptz,
    status             varchar(20)  not null check (status in ('REQUESTED', 'ACTIVE', 'REFUSED', 'ENDED', 'WITHDRAWN')),
    credential_number  varchar(40) unique,
    credential_expires timestamptz,
    recorded_at        timestamptz  not null,
    check (status not in ('ACTIVE', 'ENDED', 'WITHDRAWN') or start_at is not null),
    check (status not in ('ENDED', 'WITHDRAWN') or end_at is not null),
    check (end_at is null or end_at > start_at),
    -- One person, one position: no two held accreditations of a person overlap in time.
    constraint accreditation_one_position exclude using gist (
        person_id with =, tstzrange(start_at, end_at, '[)') with &&
    ) where (status in ('ACTIVE', 'ENDED', 'WITHDRAWN'))
);
create index accreditation_by_mission on accreditation (mission_id, status);
create index accreditation_by_person on accreditation (person_id);

create table accreditation_event (
    id               bigint generated always as identity primary key,
    accreditation_id uuid          not null references accreditation (id),
    kind             varchar(30)   not null check (kind in ('REQUESTED', 'APPROVED', 'REFUSED', 'DEPARTURE_NOTIFIED',
                                                            'WITHDRAWN')),
    occurred_at      timestamptz   not null,
    reason           varchar(2000),
    recorded_at      timestamptz   not null,
    recorded_by      varchar(200)  not null
);
create index accreditation_event_by_accreditation on accreditation_event (accreditation_id);
