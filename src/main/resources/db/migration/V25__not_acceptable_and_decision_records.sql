-- Persons declared not acceptable (persona non grata, VCDR art. 9): from an instant until lifted.
-- Lifting fills in the end of the period once; a person's periods never overlap.
create table person_not_acceptable (
    id               uuid primary key,
    person_id        uuid          not null references person (id),
    declared_from    timestamptz   not null,
    reason           varchar(2000),
    recorded_at      timestamptz   not null,
    recorded_by      varchar(200)  not null,
    lifted_at        timestamptz,
    lift_reason      varchar(2000),
    lift_recorded_at timestamptz,
    lift_recorded_by varchar(200),
    check (lifted_at is null or lifted_at > declared_from),
    check ((lifted_at is null) = (lift_recorded_at is null) and (lifted_at is null) = (lift_recorded_by is null)),
    constraint person_not_acceptable_once exclude using gist (
        person_id with =, tstzrange(declared_from, lifted_at, '[)') with &&
    )
);

-- Acts naming a person: declaring them not acceptable (with a departure deadline if they hold a
-- position), and lifting it. Constraints replaced as in V23.
alter table decision_act add column person_id uuid references person (id);
alter table decision_act alter column kind type varchar(30);

do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'decision_act'::regclass and contype = 'c' loop
        execute format('alter table decision_act drop constraint %I', c.conname);
    end loop;
end $$;

alter table decision_act
    add constraint decision_act_kind check (kind in ('WITHDRAW', 'SET_CEILING', 'APPROVE', 'REFUSE',
                                                     'SUSPEND_MISSION', 'RESUME_MISSION', 'CLOSE_MISSION',
                                                     'DECLARE_NOT_ACCEPTABLE', 'LIFT_NOT_ACCEPTABLE')),
    add constraint decision_act_total check (total >= 0),
    add constraint decision_act_subject check (
        kind in ('WITHDRAW', 'APPROVE', 'REFUSE') and accreditation_id is not null
        or kind in ('DECLARE_NOT_ACCEPTABLE', 'LIFT_NOT_ACCEPTABLE') and person_id is not null
        or kind in ('SET_CEILING', 'SUSPEND_MISSION', 'RESUME_MISSION', 'CLOSE_MISSION') and mission_id is not null),
    add constraint decision_act_ceiling check (kind <> 'SET_CEILING' or total is not null),
    add constraint decision_act_departure check (kind <> 'WITHDRAW' or departure_deadline is not null);

-- The per-category limits a ceiling act sets besides its total.
create table decision_act_category (
    decision_id   uuid        not null,
    position      smallint    not null,
    category      varchar(30) not null check (category in ('DIPLOMATIC_AGENT', 'ADMINISTRATIVE_TECHNICAL',
                                                           'SERVICE_STAFF', 'PRIVATE_SERVANT', 'LOCAL_HIRE')),
    max_positions integer     not null check (max_positions >= 0),
    primary key (decision_id, position, category),
    foreign key (decision_id, position) references decision_act (decision_id, position)
);

-- The registry's own record of each decision that took effect, for the histories of the missions
-- and persons its acts concern. The registry knows nothing of decisions beyond what it is given:
-- no foreign key to the decisions' tables.
create table decision_record (
    decision_id  uuid          not null,
    mission_id   uuid references mission (id),
    person_id    uuid references person (id),
    effective_at timestamptz   not null,
    authority    varchar(20)   not null,
    summary      varchar(300)  not null,
    recorded_at  timestamptz   not null,
    recorded_by  varchar(200)  not null,
    check ((mission_id is null) <> (person_id is null)),
    unique (decision_id, mission_id),
    unique (decision_id, person_id)
);
create index decision_record_by_mission on decision_record (mission_id) where mission_id is not null;
create index decision_record_by_person on decision_record (person_id) where person_id is not null;
