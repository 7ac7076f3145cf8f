-- Each user's inbox of notices about decisions: circulation, outcome, application, deadlines.
-- The recipient is an account name, as decisions name their proposer.
create table notice (
    id          uuid primary key,
    recipient   varchar(200) not null,
    kind        varchar(30)  not null check (kind in ('CIRCULATED', 'DEADLINE_EXTENDED', 'DEADLINE_APPROACHING',
                                                      'ADOPTED', 'NOT_ADOPTED', 'APPLIED', 'WITHDRAWN')),
    decision_id uuid         not null references decision (id),
    -- What the text of the kind needs, e.g. {"deadline": "2021-10-20T10:00Z"}.
    parameters  jsonb        not null,
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create index notice_inbox on notice (recipient, created_at desc, id);
create index notice_unread on notice (recipient) where read_at is null;

-- One warning per deadline: the key makes a second poller (or instance) find it already given.
-- A deadline that is extended is a new deadline, warned of again when it approaches.
create table deadline_warning (
    decision_id uuid        not null references decision (id),
    deadline    timestamptz not null,
    warned_at   timestamptz not null,
    primary key (decision_id, deadline)
);
