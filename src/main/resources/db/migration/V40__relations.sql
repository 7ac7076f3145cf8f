-- The relations register: incidents between two parties, each a state or the receiving party itself
-- (a null state), with counts per staff category, linked persons and the sources that report,
-- confirm or deny each fact.

create table incident (
    id                uuid primary key,
    kind              varchar(30)    not null check (kind in ('EXPULSION', 'COUNTER_EXPULSION',
                          'PERSONA_NON_GRATA', 'MISSION_CLOSURE', 'MISSION_CAP', 'MISSION_SUSPENSION',
                          'ACCREDITATION_REFUSAL')),
    title             varchar(300)   not null,
    -- Null: the receiving party.
    acting_state      char(3) references state (code),
    affected_state    char(3) references state (code),
    occurred_on       date           not null,
    deadline_to_leave date,
    grounds           varchar(10000),
    -- Deferred: an import writes an incident and the one it answers in either order.
    answers           uuid references incident (id) deferrable initially deferred,
    classification    varchar(100)   not null,
    recorded_at       timestamptz    not null,
    recorded_by       varchar(200)   not null,
    check (acting_state is not null or affected_state is not null),
    check (acting_state is distinct from affected_state),
    check (deadline_to_leave is null or deadline_to_leave >= occurred_on),
    check (answers is distinct from id)
);
create index incident_parties on incident (least(coalesce(acting_state, ''), coalesce(affected_state, '')),
                                           greatest(coalesce(acting_state, ''), coalesce(affected_state, '')),
                                           occurred_on);

create table incident_count (
    incident_id uuid        not null references incident (id),
    category    varchar(30) not null check (category in ('DIPLOMATIC_AGENT', 'ADMINISTRATIVE_TECHNICAL',
                                'SERVICE_STAFF', 'PRIVATE_SERVANT', 'LOCAL_HIRE', 'UNSPECIFIED')),
    number      integer     not null check (number > 0),
    primary key (incident_id, category)
);

create table incident_person (
    incident_id uuid not null references incident (id),
    person_id   uuid not null references person (id),
    primary key (incident_id, person_id)
);

-- A source cited for the incident as a whole (fact null) or for one statement of fact about it.
create table citation (
    id           uuid primary key,
    -- The order of recording: of two sources published the same day, the one recorded first came first.
    seq          bigint generated always as identity,
    incident_id  uuid          not null references incident (id),
    fact         varchar(500),
    stance       varchar(10)   not null check (stance in ('REPORTS', 'CONFIRMS', 'DENIES')),
    publisher    varchar(200)  not null,
    published_on date          not null,
    title        varchar(500)  not null,
    address      varchar(2000),
    recorded_at  timestamptz   not null,
    recorded_by  varchar(200)  not null
);
create index citation_incident on citation (incident_id);
