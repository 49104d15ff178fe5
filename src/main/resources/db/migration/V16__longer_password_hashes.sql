-- Argon2id hashes (with their parameters and the encoder's prefix) are longer than bcrypt's 60 characters.
alter table clinician alter column password_hash set data type varchar(255);
