-- Each enumeration that several constraints repeated is now kept in one place, so that adding a
-- value is one migration changing that place only (see README.md in this folder).

-- Staff categories were copied into a check on every column naming one (V1, V25, V40): the table
-- staff_category lists them, and those columns reference it. A new category is one insert.
create table staff_category (
    code varchar(30) primary key check (code ~ '^[A-Z][A-Z_]*$')
);
insert into staff_category (code)
values ('DIPLOMATIC_AGENT'), ('ADMINISTRATIVE_TECHNICAL'), ('SERVICE_STAFF'), ('PRIVATE_SERVANT'), ('LOCAL_HIRE');

alter table accreditation drop constraint accreditation_category_check,
    add constraint accreditation_category foreign key (category) references staff_category (code);
alter table ceiling_category drop constraint ceiling_category_category_check,
    add constraint ceiling_category_category foreign key (category) references staff_category (code);
alter table decision_act_category drop constraint decision_act_category_category_check,
    add constraint decision_act_category_category foreign key (category) references staff_category (code);

-- An incident also counts persons whose category the sources do not give (UNSPECIFIED): any other
-- value must be a staff category, which the generated column lets a foreign key check.
alter table incident_count drop constraint incident_count_category_check,
    add column staff_category varchar(30) generated always as (nullif(category, 'UNSPECIFIED')) stored,
    add constraint incident_count_category foreign key (staff_category) references staff_category (code);

-- Act kinds were listed twice on decision_act: alone in decision_act_kind, and again, grouped by
-- the record each kind of act names, in decision_act_subject, which refuses any kind it does not
-- list. That one is kept, under the name decision_act_kind: a new kind is added by re-creating it.
alter table decision_act drop constraint decision_act_kind;
alter table decision_act rename constraint decision_act_subject to decision_act_kind;
