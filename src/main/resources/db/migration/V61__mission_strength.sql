-- A mission's strength per staff category as a step function of time: a row says how many
-- positions of the category the mission holds from its instant until the next row's (none before
-- the first). The ceiling check of an approval reads the step in force at the start and the steps
-- after it, not every member. A trigger on accreditation keeps it, so that no path that changes a
-- position (approval, departure, withdrawal, a decision, an import) can leave it behind.
create table mission_strength (
    mission_id uuid        not null references mission (id),
    category   varchar(30) not null references staff_category (code),
    from_at    timestamptz not null,
    held       integer     not null check (held >= 0),
    primary key (mission_id, category, from_at)
);

-- Adds delta to the positions held of the category from from_at (inclusive) until until
-- (exclusive, open when null): the steps at both ends are made first, each with the count it
-- begins with, so that only the steps in between change.
create function mission_strength_add(p_mission uuid, p_category varchar, p_from timestamptz,
                                     p_until timestamptz, p_delta integer) returns void
    language plpgsql as
$$
begin
    -- Changes to a mission's positions are made under its lock (MissionLocks); taken here too, so
    -- that a step is never copied from a count another transaction is changing.
    perform 1 from mission where id = p_mission for update;
    insert into mission_strength (mission_id, category, from_at, held)
    select p_mission, p_category, edge.at,
           coalesce((select s.held from mission_strength s
                     where s.mission_id = p_mission and s.category = p_category and s.from_at <= edge.at
                     order by s.from_at desc limit 1), 0)
    from unnest(array[p_from, p_until]) as edge(at)
    where edge.at is not null
    on conflict do nothing;
    update mission_strength s set held = s.held + p_delta
    where s.mission_id = p_mission and s.category = p_category
      and s.from_at >= p_from and (p_until is null or s.from_at < p_until);
end;
$$;

-- A held accreditation (ACTIVE, ENDED, WITHDRAWN) counts on [start_at, end_at): the old period
-- is taken off and the new one added whenever either changes.
create function mission_strength_follow() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
        and (old.status in ('ACTIVE', 'ENDED', 'WITHDRAWN')) = (new.status in ('ACTIVE', 'ENDED', 'WITHDRAWN'))
        and old.mission_id = new.mission_id and old.category = new.category
        and old.start_at is not distinct from new.start_at and old.end_at is not distinct from new.end_at then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.status in ('ACTIVE', 'ENDED', 'WITHDRAWN') then
        perform mission_strength_add(old.mission_id, old.category, old.start_at, old.end_at, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status in ('ACTIVE', 'ENDED', 'WITHDRAWN') then
        perform mission_strength_add(new.mission_id, new.category, new.start_at, new.end_at, 1);
    end if;
    return null;
end;
$$;

create trigger accreditation_strength
    after insert or delete or update of status, start_at, end_at, category, mission_id on accreditation
    for each row execute function mission_strength_follow();

insert into mission_strength (mission_id, category, from_at, held)
select mission_id, category, at, sum(sum(delta)) over (partition by mission_id, category order by at)
from (select mission_id, category, start_at as at, 1 as delta from accreditation
      where status in ('ACTIVE', 'ENDED', 'WITHDRAWN')
      union all
      select mission_id, category, end_at, -1 from accreditation
      where status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and end_at is not null) as change
group by mission_id, category, at;
