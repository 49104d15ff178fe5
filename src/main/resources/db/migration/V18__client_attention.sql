-- What the Today list shows, kept per client and rewritten in the same transaction as every change that can alter it
-- (a log, a red flag or its acknowledgement, a sign-off, a prerequisite, a plan activated, completed or archived, a
-- stage move). Today then reads these rows only, never the logs; the passage of time is covered by dates compared
-- with today (quiet_from, pain_up_until, ready_until). Derived data: every value can be computed again from the
-- record, and the next change to the client does so. It replaces plan_readiness.
create table client_attention (
    client_id      bigint       not null primary key references client (id),
    clinic_id      bigint       not null references clinic (id),
    client_name    varchar(250) not null,
    -- the plan the client follows now, or null
    plan_id        bigint       references plan (id),
    last_log_day   date,
    -- with an active plan: the first day on which nothing logged for two weeks makes the client quiet
    quiet_from     date,
    -- mean pain of the last week logged up by 2 or more on the week before it: shown until this day
    pain_up_until  date,
    urgent_flags   integer      not null default 0,
    other_flags    integer      not null default 0,
    ready          boolean      not null default false,
    -- while ready: the last day the evidence keeps it so; null when sign-offs carry it
    ready_until    date,
    -- what the plan or the client's stage rests on that no longer holds
    review_note    varchar(700)
);
create index ix_client_attention_clinic on client_attention (clinic_id, client_name);

insert into client_attention (client_id, clinic_id, client_name, last_log_day, urgent_flags, other_flags)
select c.id, c.clinic_id, c.first_name || ' ' || c.last_name,
       (select max(s.log_date) from session_log s where s.client_id = c.id),
       (select count(*) from red_flag r where r.client_id = c.id and r.acknowledged_at is null
          and r.symptom in ('BLADDER_OR_BOWEL_CHANGES', 'SADDLE_NUMBNESS', 'WEAKNESS_IN_BOTH_LEGS')),
       (select count(*) from red_flag r where r.client_id = c.id and r.acknowledged_at is null
          and r.symptom not in ('BLADDER_OR_BOWEL_CHANGES', 'SADDLE_NUMBNESS', 'WEAKNESS_IN_BOTH_LEGS'))
from client c;

update client_attention set plan_id = (
    select p.id from plan p where p.client_id = client_attention.client_id and p.status = 'ACTIVE');

update client_attention set quiet_from = cast((
    select max(v.activated_at) from plan_version v where v.plan_id = client_attention.plan_id and v.state = 'ACTIVE'
    ) + interval '14' day as date)
where plan_id is not null;
update client_attention set quiet_from = cast(last_log_day + interval '14' day as date)
where plan_id is not null and last_log_day is not null and quiet_from < cast(last_log_day + interval '14' day as date);

-- The same rule as the application's (mean pain, to one decimal, up by 2 or more), for the rows that exist now.
update client_attention set pain_up_until = cast(last_log_day + interval '6' day as date)
where last_log_day is not null
  and (select avg(cast(s.pain as decimal(6, 2))) from session_log s
       where s.client_id = client_attention.client_id and s.pain is not null
         and s.log_date between cast(last_log_day - interval '6' day as date) and last_log_day)
    - (select avg(cast(s.pain as decimal(6, 2))) from session_log s
       where s.client_id = client_attention.client_id and s.pain is not null
         and s.log_date between cast(last_log_day - interval '13' day as date)
                            and cast(last_log_day - interval '7' day as date)) >= 1.95;

update client_attention set
    ready = coalesce((select r.ready from plan_readiness r where r.plan_id = client_attention.plan_id), false),
    ready_until = (select r.ready_until from plan_readiness r where r.plan_id = client_attention.plan_id),
    review_note = (select p.review_note from plan p where p.id = client_attention.plan_id);
update client_attention set review_note = coalesce(review_note || '; ', '')
        || (select r.review_note from plan_readiness r where r.plan_id = client_attention.plan_id)
where plan_id is not null
  and (select r.review_note from plan_readiness r where r.plan_id = client_attention.plan_id) is not null;

drop table plan_readiness;
