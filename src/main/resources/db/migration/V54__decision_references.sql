-- Readable references: "Council decision 2021-7", numbered per authority and per year.
--
-- The number is given at drafting, not at adoption: a draft is circulated, answered and discussed
-- under its reference long before it is adopted (and many never are), so it needs one from the
-- start; and a revision keeps the number of the decision it revises (it is the same decision in a
-- next version), so that "2021-7" names one matter through all its versions. Numbers of drafts
-- withdrawn or not adopted are not given again: a gap says a draft existed, as in a paper register.
-- The year is that of the first version's drafting in the receiving party's zone.
alter table decision add column reference_year integer;
alter table decision add column reference_number integer;

-- Existing decisions in the order they were drafted, each revision with the number of the first version.
with recursive numbered as (
    select id, authority,
           extract(year from drafted_at at time zone '${host_time_zone}')::integer as reference_year,
           row_number() over (partition by authority, extract(year from drafted_at at time zone '${host_time_zone}')
                              order by drafted_at, id)::integer as reference_number
    from decision where replaces is null
), versions as (
    select id, reference_year, reference_number from numbered
    union all
    select d.id, v.reference_year, v.reference_number from decision d join versions v on d.replaces = v.id
)
update decision set reference_year = v.reference_year, reference_number = v.reference_number
from versions v where v.id = decision.id;

alter table decision alter column reference_year set not null;
alter table decision alter column reference_number set not null;
alter table decision add constraint decision_reference_unique
    unique (authority, reference_year, reference_number, version);

-- The last number given per authority and year: taken under the row's lock, so that two drafts at
-- the same moment never get the same number.
create table decision_reference_counter (
    authority text not null,
    reference_year integer not null,
    last_number integer not null check (last_number >= 1),
    primary key (authority, reference_year)
);
insert into decision_reference_counter (authority, reference_year, last_number)
select authority, reference_year, max(reference_number) from decision group by authority, reference_year;
