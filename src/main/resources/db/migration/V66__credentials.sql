-- Identity cards the receiving party issues to accredited persons (module credentials).

-- The last number taken in each series: a prefix (per staff category) and the issuing year.
create table credential_series (
    prefix      varchar(20) not null,
    year        integer     not null,
    last_number integer     not null check (last_number > 0),
    primary key (prefix, year)
);

create table credential (
    id               uuid primary key,
    number           varchar(40)  not null unique,
    accreditation_id uuid         not null references accreditation (id),
    person_id        uuid         not null references person (id),
    mission_id       uuid         not null references mission (id),
    category         varchar(30)  not null,
    issued_at        timestamptz  not null,
    expires_at       timestamptz  not null,
    state            varchar(20)  not null check (state in ('ISSUED', 'RENEWED', 'LOST', 'STOLEN', 'RETURNED',
                                                            'CANCELLED')),
    state_since      timestamptz  not null,
    replaces         uuid references credential (id),
    photo            bytea,
    photo_type       varchar(20) check (photo_type in ('image/jpeg', 'image/png')),
    recorded_at      timestamptz  not null,
    check (expires_at > issued_at),
    check ((photo is null) = (photo_type is null))
);
-- One card in the holder's hands per accreditation: a new one replaces the last.
create unique index credential_one_issued on credential (accreditation_id) where state = 'ISSUED';
create index credential_by_mission on credential (mission_id, state);
create index credential_issued_by_expiry on credential (expires_at) where state = 'ISSUED';

-- A mission administrator's request that a card be renewed, and the protocol officer's approval.
create table credential_renewal (
    id            uuid primary key,
    credential_id uuid         not null references credential (id),
    mission_id    uuid         not null references mission (id),
    requested_at  timestamptz  not null,
    requested_by  varchar(200) not null,
    reason        varchar(2000),
    approved_at   timestamptz,
    approved_by   varchar(200),
    renewed_by    uuid references credential (id),
    check ((approved_at is null) = (renewed_by is null))
);
create unique index credential_renewal_one_pending on credential_renewal (credential_id) where approved_at is null;

-- Public verifications per client address and minute, shared by every instance of the server.
create table credential_verification_count (
    client       varchar(64) not null,
    window_start timestamptz not null,
    count        integer     not null,
    primary key (client, window_start)
);
create index credential_verification_count_by_window on credential_verification_count (window_start);
