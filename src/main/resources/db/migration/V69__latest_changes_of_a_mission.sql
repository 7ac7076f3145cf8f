-- The mission page shows a mission's latest changes. They were found by sorting every event of
-- the mission (a departure placed at its withdrawal's instant when that is later), which grew with
-- the mission. Each event now carries its mission and the instant its history tells it at, kept by
-- triggers, so that an index gives the latest in order and the page reads no more than it shows.
alter table accreditation_event
    add column mission_id uuid references mission (id),
    add column told_at    timestamptz;

-- A confirmed departure is told at its withdrawal's instant when that is later: the withdrawal
-- caused it, and its history reads cause first.
create function accreditation_event_told_at() returns trigger
    language plpgsql as
$$
begin
    select a.mission_id into new.mission_id from accreditation a where a.id = new.accreditation_id;
    new.told_at := new.occurred_at;
    if new.kind = 'DEPARTURE_CONFIRMED' then
        select greatest(new.occurred_at, (select w.occurred_at from accreditation_event w
                                          where w.accreditation_id = new.accreditation_id and w.kind = 'WITHDRAWN'
                                          order by w.id limit 1))
        into new.told_at;
    end if;
    return new;
end;
$$;

create trigger accreditation_event_told_at
    before insert on accreditation_event
    for each row execute function accreditation_event_told_at();

-- A withdrawal written after its departure (a registry moved in, rows in any order) places it anew.
create function accreditation_event_withdrawal_told() returns trigger
    language plpgsql as
$$
begin
    update accreditation_event d
    set told_at = greatest(d.occurred_at, (select w.occurred_at from accreditation_event w
                                           where w.accreditation_id = d.accreditation_id and w.kind = 'WITHDRAWN'
                                           order by w.id limit 1))
    where d.accreditation_id = new.accreditation_id and d.kind = 'DEPARTURE_CONFIRMED';
    return null;
end;
$$;

create trigger accreditation_event_withdrawal_told
    after insert on accreditation_event
    for each row when (new.kind = 'WITHDRAWN') execute function accreditation_event_withdrawal_told();

update accreditation_event e set mission_id = a.mission_id, told_at = e.occurred_at
from accreditation a where a.id = e.accreditation_id;
update accreditation_event d
set told_at = greatest(d.occurred_at, (select w.occurred_at from accreditation_event w
                                       where w.accreditation_id = d.accreditation_id and w.kind = 'WITHDRAWN'
                                       order by w.id limit 1))
where d.kind = 'DEPARTURE_CONFIRMED';

alter table accreditation_event
    alter column mission_id set not null,
    alter column told_at set not null;

-- In the order the latest changes are read: latest first, a departure before what it shares an instant with.
create index accreditation_event_latest on accreditation_event
    (mission_id, told_at desc, (kind = 'DEPARTURE_CONFIRMED') desc, recorded_at desc, id desc);

-- A mission's positions in the order of their start: arrivals to come and the members' list read a range.
create index accreditation_by_mission_start on accreditation (mission_id, start_at, id);
