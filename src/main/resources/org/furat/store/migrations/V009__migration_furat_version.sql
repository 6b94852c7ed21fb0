-- Which version of Furat applied each migration, so that an older Furat that finds a migration it does not
-- know can name the version the database needs. Migrations applied before this one have none.
ALTER TABLE furat_migrations ADD COLUMN furat_version TEXT;
