-- Added in place rather than by redefining the table: SQLite adds a column with a constant default
-- without copying rows, and a redefinition would drop "Metric" under its KPI values in a database in use.
ALTER TABLE "Metric" ADD COLUMN "direction" TEXT NOT NULL DEFAULT 'higher';
ALTER TABLE "Metric" ADD COLUMN "aspects" JSONB;
