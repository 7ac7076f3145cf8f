-- A withdrawn accreditation ends at its effective instant; the person must have left by the end of
-- this day (in the receiving party's time zone).
alter table accreditation add column departure_deadline date;
alter table accreditation add check (status = 'WITHDRAWN' or departure_deadline is null);
