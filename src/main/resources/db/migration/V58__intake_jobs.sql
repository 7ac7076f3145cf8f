-- An office's records moving in from a CSV file: each check or import of a file is a job run in the
-- background, whose progress and errors the page and the API read while it runs. The file is kept
-- with the job so that a file checked clean can be imported as it was checked, without a second upload.
create table intake_job (
    id            uuid primary key,
    dry_run       boolean      not null,
    state         varchar(10)  not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    file_name     varchar(255) not null,
    file_digest   char(64)     not null,
    content       bytea        not null,
    established_on date,
    rows_total    integer      not null check (rows_total >= 0),
    rows_done     integer      not null default 0 check (rows_done >= 0),
    errors        jsonb        not null default '[]',
    written       boolean      not null default false,
    missions_created integer   not null default 0,
    started_at    timestamptz  not null,
    started_by    varchar(200) not null,
    finished_at   timestamptz
);
create index intake_job_by_start on intake_job (started_at desc);
