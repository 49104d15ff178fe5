-- The "Today" list asks for every active plan of a clinic, and for recent red flags and pain per client.
create index ix_plan_clinic_status on plan (clinic_id, status);
create index ix_session_log_clinic_date_client on session_log (clinic_id, log_date, client_id);
