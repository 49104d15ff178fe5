-- Why the client stands on their stage, in words: "Version 2 activated: Warm-up not yet done to its criterion",
-- "Criteria met", or the clinician's reason. Shown on the plan page and kept in the audit history.
alter table stage_progress add column basis varchar(300);
alter table stage_progress_aud add column basis varchar(300);
-- The exercises the client was moved past with a written reason since the version was activated (ids, comma
-- separated): what the current stage may rest on besides evidence, sign-offs and overrides.
alter table stage_progress add column reasoned varchar(2000);
alter table stage_progress_aud add column reasoned varchar(2000);

-- Today's "ready to progress" holds until the evidence behind it leaves its time window; null while a sign-off,
-- which does not age, carries it.
alter table plan_readiness add column ready_until date;
-- What the client's stage rests on that no longer holds (a sign-off withdrawn, a prerequisite added): Today lists it.
alter table plan_readiness add column review_note varchar(300);

-- A sign-off is a clinical observation: it can be withdrawn with a reason, and both stay in the record.
alter table sign_off add column withdrawn_at timestamp with time zone;
alter table sign_off add column withdrawn_by_name varchar(120);
alter table sign_off add column withdrawal_reason varchar(500);
alter table sign_off_aud add column withdrawn_at timestamp with time zone;
alter table sign_off_aud add column withdrawn_by_name varchar(120);
alter table sign_off_aud add column withdrawal_reason varchar(500);

-- An active plan whose version no longer meets the prerequisite rule (a prerequisite added later, a sign-off
-- withdrawn): what a clinician must review, null when there is nothing to review.
alter table plan add column review_note varchar(300);

-- What each exercise's instructions were when a version became active, so its handouts print what was prescribed
-- then. Versions activated before this column existed have none, and print the library's current instructions.
alter table plan_version add column instructions varchar(200000);
alter table plan_version_aud add column instructions varchar(200000);
