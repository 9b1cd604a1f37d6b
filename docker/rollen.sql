-- Run by the `rollen` service of docker-compose.yml before the app starts, at every `docker compose up`; it is
-- idempotent, so a volume made by an older version gets the login too. The app migrates as the owner (regie) and
-- serves requests as regie_web, a member of regie_app: it may read and add to the logboek, never change or empty it.
-- psql variable: wachtwoord (the password of regie_web).
SET password_encryption = 'scram-sha-256';
SELECT 'CREATE ROLE regie_app NOLOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regie_app') \gexec
SELECT 'CREATE ROLE regie_web LOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regie_web') \gexec
ALTER ROLE regie_web LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'wachtwoord';
GRANT regie_app TO regie_web;
