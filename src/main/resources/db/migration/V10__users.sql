-- Who may log in, in which role and scope, and the personal access tokens of API clients.
-- Passwords are kept only as encoder hashes ({bcrypt}...), tokens only as SHA-256 digests.

create table account (
    id             uuid primary key,
    name           varchar(100) not null check (name ~ '^[A-Za-z0-9._@-]{2,100}$'),
    password_hash  varchar(200) not null,
    role           varchar(30)  not null check (role in ('ADMINISTRATOR', 'PROTOCOL_OFFICER', 'EXECUTIVE',
                                                         'SECURITY_OFFICER', 'MEMBER_STATE_DELEGATE',
                                                         'MISSION_ADMINISTRATOR', 'AUDITOR')),
    mission_id     uuid references mission (id),
    member_state   char(3) references state (code),
    enabled        boolean      not null default true,
    failed_logins  integer      not null default 0 check (failed_logins >= 0),
    locked_until   timestamptz,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    -- A scope belongs to exactly the role that is bound to it.
    check ((role = 'MISSION_ADMINISTRATOR') = (mission_id is not null)),
    check ((role = 'MEMBER_STATE_DELEGATE') = (member_state is not null))
);
create unique index account_name on account (lower(name));

create table access_token (
    id          uuid primary key,
    account_id  uuid         not null references account (id),
    name        varchar(100) not null check (length(trim(name)) > 0),
    digest      char(64)     not null unique,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null check (expires_at > created_at),
    revoked_at  timestamptz
);
create index access_token_account on access_token (account_id);
