-- Each account's calendar address: a secret in the URL a calendar client subscribes to, kept only
-- as its SHA-256 digest. One per account; replacing it makes the old address unknown, revoking deletes it.

create table calendar_address (
    account_id  uuid        primary key references account (id),
    digest      char(64)    not null unique,
    created_at  timestamptz not null
);
