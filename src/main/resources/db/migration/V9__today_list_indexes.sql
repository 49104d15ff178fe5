-- The "Today" list asks for every active plan of a clinic.
create index ix_plan_clinic_status on plan (clinic_id, status);
-- One client's logs by date within the clinic (readiness, red flags, the sheet): both equalities lead, so the
-- database never prefers the clinic-wide date index and scans every client's fortnight.
create index ix_session_log_clinic_client_date on session_log (clinic_id, client_id, log_date);
