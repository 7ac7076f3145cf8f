-- Dialogue: forums between parties (states, or the receiving party as HOST), the meetings they
-- held, and proposals for a meeting with whose answer is awaited.

create table forum (
    id             uuid primary key,
    name           varchar(300) not null unique,
    established_on date,
    classification varchar(100) not null,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(200) not null
);

create table forum_participant (
    forum_id uuid       not null references forum (id),
    party    varchar(4) not null check (party = 'HOST' or party ~ '^[A-Z]{3}$'),
    primary key (forum_id, party)
);

create table forum_meeting (
    id             uuid primary key,
    forum_id       uuid          not null references forum (id),
    held_on        date          not null,
    level          varchar(100)  not null,
    topics         varchar(2000) not null,
    classification varchar(100)  not null,
    recorded_at    timestamptz   not null,
    recorded_by    varchar(200)  not null
);
create index forum_meeting_forum on forum_meeting (forum_id, held_on);

create table meeting_proposal (
    id             uuid primary key,
    forum_id       uuid          not null references forum (id),
    proposed_by    varchar(4)    not null,
    proposed_on    date          not null,
    awaiting       varchar(4)    not null,
    topics         varchar(2000) not null,
    status         varchar(10)   not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'LAPSED')),
    answered_on    date,
    classification varchar(100)  not null,
    recorded_at    timestamptz   not null,
    recorded_by    varchar(200)  not null,
    check ((status = 'PROPOSED') = (answered_on is null)),
    check (answered_on is null or answered_on >= proposed_on),
    check (proposed_by <> awaiting)
);
create index meeting_proposal_forum on meeting_proposal (forum_id, proposed_on);
