-- An Oswestry above 80 % is "Bed-bound, or symptoms exaggerated" (34 characters): the band needs room for it.
alter table outcome_measure alter column band set data type varchar(40);
-- How much was answered (ODI sections, PSFS activities), and what a result may be compared with: "ODI" for a complete
-- Oswestry, a digest of the activity names for a functional scale, null for an incomplete questionnaire. Results
-- kept before this column existed have no key and are shown without a change flag rather than compared blindly.
alter table outcome_measure add column answered integer;
alter table outcome_measure add column comparable_as varchar(64);
