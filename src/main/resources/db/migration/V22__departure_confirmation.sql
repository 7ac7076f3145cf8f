-- A withdrawn person's departure, once confirmed: until then, past the deadline, it is overdue.
alter table accreditation add column departed_on date;
alter table accreditation add check (departed_on is null or status = 'WITHDRAWN');
create index accreditation_departure_due on accreditation (departure_deadline)
    where status = 'WITHDRAWN' and departed_on is null;

alter table accreditation_event drop constraint accreditation_event_kind_check;
alter table accreditation_event add constraint accreditation_event_kind_check
    check (kind in ('REQUESTED', 'APPROVED', 'REFUSED', 'DEPARTURE_NOTIFIED', 'WITHDRAWN', 'DEPARTURE_CONFIRMED'));
