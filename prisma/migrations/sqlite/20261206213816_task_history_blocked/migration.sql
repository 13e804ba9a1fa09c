-- AlterTable
ALTER TABLE "Task" ADD COLUMN "blockedSince" DATETIME;
ALTER TABLE "Task" ADD COLUMN "originalDeadline" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sourceDocument" TEXT NOT NULL,
    "secretariatUnitId" INTEGER NOT NULL,
    "requiresConfirmation" BOOLEAN NOT NULL DEFAULT false,
    "evidenceWhenLate" BOOLEAN NOT NULL DEFAULT true,
    "kind" TEXT NOT NULL DEFAULT 'plan',
    "programme" TEXT,
    "yearTo" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "issuedOn" TEXT,
    CONSTRAINT "Plan_secretariatUnitId_fkey" FOREIGN KEY ("secretariatUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("active", "code", "id", "issuedOn", "kind", "name", "programme", "requiresConfirmation", "secretariatUnitId", "sourceDocument", "year", "yearTo") SELECT "active", "code", "id", "issuedOn", "kind", "name", "programme", "requiresConfirmation", "secretariatUnitId", "sourceDocument", "year", "yearTo" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_code_key" ON "Plan"("code");
CREATE INDEX "Plan_year_programme_idx" ON "Plan"("year", "programme");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
