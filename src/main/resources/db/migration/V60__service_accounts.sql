-- Service accounts: scripts and integrations that call the API with the personal access tokens an
-- administrator issues them. They have no password, so the login cannot admit them.

alter table account add column kind varchar(10) not null default 'PERSON' check (kind in ('PERSON', 'SERVICE'));
alter table account alter column password_hash drop not null;
alter table account add constraint account_password_of_a_person check ((kind = 'SERVICE') = (password_hash is null));
