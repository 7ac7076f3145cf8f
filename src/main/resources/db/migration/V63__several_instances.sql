-- Several identical instances on this one database: what one instance must know of another's work
-- is kept here rather than in its memory.

-- Page sessions (Spring Session JDBC's PostgreSQL schema, as it ships it): any instance serves any
-- logged-in user; the attributes are Java-serialized.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Failed logins in a row per account name (lower case, known or not) and client address, counted
-- by whichever instance the attempt reached, and until when that pair must wait.
create table login_attempt (
    account_name   text        not null,
    client_address text        not null,
    failures       integer     not null check (failures > 0),
    failed_at      timestamptz not null,
    wait_until     timestamptz,
    primary key (account_name, client_address)
);
create index login_attempt_by_failure on login_attempt (failed_at);

-- Which instance runs an intake job, and until when it last said so: a job whose lease ran out
-- was left by an instance that stopped, and is said FAILED by any other.
alter table intake_job add column runner uuid;
alter table intake_job add column alive_at timestamptz;
