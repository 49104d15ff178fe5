-- Whether the client of an active plan met the criteria for its next stage when last evaluated (after each logged
-- day and each advance), so the Today list can say "ready to progress" in one query. Derived data, rewritten on each
-- evaluation: the plan page always evaluates afresh, and advancing is always checked against the logs themselves.
create table plan_readiness (
    plan_id       bigint  not null primary key references plan (id),
    clinic_id     bigint  not null references clinic (id),
    client_id     bigint  not null references client (id),
    ready         boolean not null,
    evaluated_on  date    not null
);
create index ix_plan_readiness_clinic on plan_readiness (clinic_id, ready, evaluated_on);
