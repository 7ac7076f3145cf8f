-- Decisions of the receiving party: acts taken together by one authority, adopted by signature
-- (the executive) or by the silence procedure (the council), applied once at their effective instant.

create table decision (
    id                  uuid primary key,
    authority           varchar(20)   not null check (authority in ('EXECUTIVE', 'COUNCIL')),
    status              varchar(20)   not null check (status in ('DRAFT', 'CIRCULATED', 'ADOPTED', 'NOT_ADOPTED',
                                                                 'WITHDRAWN')),
    grounds             varchar(10000) not null,
    classification      varchar(100)  not null,
    -- Null: the decision takes effect when it is adopted.
    effective_at        timestamptz,
    proposed_by         varchar(200)  not null,
    drafted_at          timestamptz   not null,
    circulated_on       date,
    deadline            timestamptz,
    decided_at          timestamptz,
    signed_by           varchar(200),
    applied_at          timestamptz,
    -- Why applying it was refused (e.g. a request decided meanwhile); it is then not tried again.
    application_problem varchar(2000),
    check (status = 'DRAFT' or authority = 'EXECUTIVE' or status = 'WITHDRAWN' or deadline is not null),
    check (applied_at is null or status = 'ADOPTED')
);
-- What the poller looks for: adopted, not applied, not refused.
create index decision_due on decision (effective_at) where status = 'ADOPTED' and applied_at is null
    and application_problem is null;
create index decision_open on decision (deadline) where status = 'CIRCULATED';

create table decision_act (
    decision_id        uuid         not null references decision (id),
    position           smallint     not null,
    kind               varchar(20)  not null check (kind in ('WITHDRAW', 'SET_CEILING', 'APPROVE', 'REFUSE')),
    accreditation_id   uuid references accreditation (id),
    mission_id         uuid references mission (id),
    total              integer check (total >= 0),
    departure_deadline date,
    primary key (decision_id, position),
    check (kind = 'SET_CEILING' and mission_id is not null and total is not null
        or kind <> 'SET_CEILING' and accreditation_id is not null),
    check (kind <> 'WITHDRAW' or departure_deadline is not null)
);

-- The member states a council decision was circulated to (the members on that day), and each one's answer.
create table decision_member (
    decision_id uuid          not null references decision (id),
    state       char(3)       not null references state (code),
    answer      varchar(20) check (answer in ('CONCUR', 'BREAK_SILENCE')),
    statement   varchar(10000),
    answered_at timestamptz,
    answered_by varchar(200),
    primary key (decision_id, state),
    check ((answer is null) = (answered_at is null)),
    check (answer <> 'BREAK_SILENCE' or statement is not null)
);
