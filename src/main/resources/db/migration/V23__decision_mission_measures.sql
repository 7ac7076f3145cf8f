-- Measures against a whole mission as acts of a decision: suspend, resume or close it.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'decision_act'::regclass and contype = 'c' loop
        execute format('alter table decision_act drop constraint %I', c.conname);
    end loop;
end $$;

alter table decision_act
    add constraint decision_act_kind check (kind in ('WITHDRAW', 'SET_CEILING', 'APPROVE', 'REFUSE',
                                                     'SUSPEND_MISSION', 'RESUME_MISSION', 'CLOSE_MISSION')),
    add constraint decision_act_total check (total >= 0),
    add constraint decision_act_subject check (
        kind in ('WITHDRAW', 'APPROVE', 'REFUSE') and accreditation_id is not null
        or kind not in ('WITHDRAW', 'APPROVE', 'REFUSE') and mission_id is not null),
    add constraint decision_act_ceiling check (kind <> 'SET_CEILING' or total is not null),
    add constraint decision_act_departure check (kind <> 'WITHDRAW' or departure_deadline is not null);
