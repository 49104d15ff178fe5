-- One active plan per client: the paper sheet, Today and the review follow "the" active plan. Where a client had
-- more than one, the most recently changed stays active and the others are marked completed (still readable, with
-- all their versions). The schema then holds the rule: active_client_id is the client's id while the plan is
-- active and null otherwise, and it is unique (both databases allow many nulls under a unique constraint).
update plan set status = 'COMPLETED'
where status = 'ACTIVE' and exists (
    select 1 from plan newer
    where newer.client_id = plan.client_id and newer.status = 'ACTIVE'
      and (newer.updated_at > plan.updated_at or (newer.updated_at = plan.updated_at and newer.id > plan.id)));
alter table plan add column active_client_id bigint;
update plan set active_client_id = client_id where status = 'ACTIVE';
alter table plan add constraint uk_plan_one_active_per_client unique (active_client_id);

-- A clinic's copy of an exercise keeps what the original requires, as the clinic's own prerequisites, so a copy of
-- "Gluteal stretches, part 2" cannot go where part 2 could not.
insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions, window_days, max_pain,
                          created_at)
select copy.clinic_id, edge.required_exercise_id, copy.id, edge.min_sessions, edge.window_days, edge.max_pain,
       current_timestamp
from exercise copy
join prerequisite edge on edge.dependent_exercise_id = copy.copied_from_id
where copy.clinic_id is not null
  and (edge.clinic_id is null or edge.clinic_id = copy.clinic_id)
  and not exists (select 1 from prerequisite already
                  where already.dependent_exercise_id = copy.id
                    and already.required_exercise_id = edge.required_exercise_id
                    and (already.clinic_id is null or already.clinic_id = copy.clinic_id));

-- "Figure four with lifted leg" is the movement of "Gluteal stretches, part 2". Both now require part 1, so the
-- canonical chain cannot be walked around by prescribing the other name.
insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions, window_days, max_pain,
                          created_at)
values (null, (select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'),
        (select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 3, 14, 3, current_timestamp);
