-- Households (VCDR arts. 1(h), 10(1)(b) and (c), 37): members of an accredited member's family
-- forming part of the household are accredited in their own category, tied to the principal's
-- accreditation; private servants are tied to their employer's.
insert into staff_category (code) values ('FAMILY_MEMBER');

-- Whether a category's positions count toward a mission's ceilings: NATO's ceilings count the
-- mission's staff only, so household members do not by default. Private servants keep counting,
-- as they always did here.
alter table staff_category add column counts_toward_ceiling boolean not null default true;
update staff_category set counts_toward_ceiling = false where code = 'FAMILY_MEMBER';

-- The accreditation a household member's or a private servant's is tied to: the household's ends
-- with its principal's.
create table accreditation_tie (
    accreditation_id uuid primary key references accreditation (id),
    principal_id     uuid not null references accreditation (id),
    check (accreditation_id <> principal_id)
);
create index accreditation_tie_by_principal on accreditation_tie (principal_id);

-- A person of the registry linked to a principal as a member of their household, with the dates of
-- the link; the conditions users ask about kept with their dates: full-time education (which moves
-- a child's age limit) and permission to work.
create table household_link (
    id                   uuid primary key,
    principal_id         uuid         not null references person (id),
    member_id            uuid         not null references person (id),
    accreditation_id     uuid         unique references accreditation (id),
    relation             varchar(30)  not null check (relation in ('SPOUSE_OR_PARTNER', 'CHILD', 'OTHER_DEPENDANT')),
    linked_from          date         not null,
    linked_until         date,
    education_until      date,
    work_permitted_from  date,
    work_permitted_until date,
    recorded_at          timestamptz  not null,
    recorded_by          varchar(200) not null,
    check (principal_id <> member_id),
    check (linked_until is null or linked_until > linked_from),
    check (work_permitted_until is null or (work_permitted_from is not null and work_permitted_until > work_permitted_from))
);
create index household_link_by_principal on household_link (principal_id);
create index household_link_children on household_link (relation) where relation = 'CHILD';
