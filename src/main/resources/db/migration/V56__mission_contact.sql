-- What a diplomatic list publishes of a mission beyond its name: where and how to reach it, and the
-- day its head took up functions (a host state's precedence). One row per mission, changed in place:
-- every change is journaled (mission.contact-changed), which keeps the earlier values.
create table mission_contact (
    mission_id               uuid primary key references mission (id),
    address                  varchar(1000),
    telephone                varchar(40),
    email                    varchar(254),
    web_address              varchar(500),
    head_took_up_functions_on date,
    recorded_at              timestamptz  not null,
    recorded_by              varchar(200) not null
);
