-- mission_strength (V61) was kept row by row: each changed position rewrote every step of its
-- period, so a statement changing many positions of one mission (an import of its records, a
-- decision ending hundreds) rewrote the same steps once per row, quadratic in the mission's size.
-- Kept per statement instead: the positions a statement takes off and adds become one set of
-- changes per mission and category, applied in one pass over the steps from the earliest change on.

drop trigger accreditation_strength on accreditation;
drop function mission_strength_follow();
drop function mission_strength_add(uuid, varchar, timestamptz, timestamptz, integer);

-- A change of the count of held positions of a mission's category by delta from at on.
create type strength_change as (mission_id uuid, category varchar(30), at timestamptz, delta integer);

-- A step is made at each instant of change, beginning with the count in force there; then every
-- step from the first change on gets the sum of the changes at or before its instant.
create function mission_strength_apply(changes strength_change[]) returns void
    language plpgsql as
$$
begin
    -- Changes to a mission's positions are made under its lock (MissionLocks); taken here too, in
    -- one order, so that a step is never copied from a count another transaction is changing.
    perform 1 from mission where id in (select c.mission_id from unnest(changes) c) order by id for update;
    insert into mission_strength (mission_id, category, from_at, held)
    select c.mission_id, c.category, c.at,
           coalesce((select s.held from mission_strength s
                     where s.mission_id = c.mission_id and s.category = c.category and s.from_at <= c.at
                     order by s.from_at desc limit 1), 0)
    from (select distinct mission_id, category, at from unnest(changes)) c
    on conflict do nothing;
    with change as (select * from unnest(changes)),
    first_change as (
        select mission_id, category, min(at) as at from change group by mission_id, category),
    merged as (
        select mission_id, category, at, delta, false as step from change
        union all
        select s.mission_id, s.category, s.from_at, 0, true
        from mission_strength s
        join first_change f on f.mission_id = s.mission_id and f.category = s.category and s.from_at >= f.at),
    running as (
        -- A change on a step's instant counts for that step: changes sort before steps.
        select mission_id, category, at, step,
               sum(delta) over (partition by mission_id, category order by at, step rows unbounded preceding) as total
        from merged)
    update mission_strength s set held = s.held + r.total
    from running r
    where r.step and r.total <> 0
      and s.mission_id = r.mission_id and s.category = r.category and s.from_at = r.at;
end;
$$;

-- A held accreditation (ACTIVE, ENDED, WITHDRAWN) counts on [start_at, end_at): the old rows'
-- periods are taken off and the new rows' added; a row whose period and standing did not change
-- cancels out, so that most updates (a deadline, a credential) change nothing.
create function mission_strength_follow_statement() returns trigger
    language plpgsql as
$$
declare
    taken_off strength_change[] := '{}';
    added     strength_change[] := '{}';
    changes   strength_change[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select coalesce(array_agg(row(mission_id, category, at, delta)::strength_change), '{}') into taken_off
        from (select mission_id, category, start_at as at, -1 as delta from old_positions
              where status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and start_at is not null
              union all
              select mission_id, category, end_at, 1 from old_positions
              where status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and start_at is not null and end_at is not null) o;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select coalesce(array_agg(row(mission_id, category, at, delta)::strength_change), '{}') into added
        from (select mission_id, category, start_at as at, 1 as delta from new_positions
              where status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and start_at is not null
              union all
              select mission_id, category, end_at, -1 from new_positions
              where status in ('ACTIVE', 'ENDED', 'WITHDRAWN') and start_at is not null and end_at is not null) n;
    end if;
    select array_agg(row(mission_id, category, at, delta)::strength_change) into changes
    from (select mission_id, category, at, sum(delta)::integer as delta
          from unnest(taken_off || added) group by mission_id, category, at having sum(delta) <> 0) c;
    if changes is not null then
        perform mission_strength_apply(changes);
    end if;
    return null;
end;
$$;

-- Transition tables allow one event per trigger and no column list.
create trigger accreditation_strength_insert after insert on accreditation
    referencing new table as new_positions
    for each statement execute function mission_strength_follow_statement();
create trigger accreditation_strength_update after update on accreditation
    referencing old table as old_positions new table as new_positions
    for each statement execute function mission_strength_follow_statement();
create trigger accreditation_strength_delete after delete on accreditation
    referencing old table as old_positions
    for each statement execute function mission_strength_follow_statement();
