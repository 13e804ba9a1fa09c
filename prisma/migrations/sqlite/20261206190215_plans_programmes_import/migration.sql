-- CreateTable
CREATE TABLE "UnitGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "memberKind" TEXT
);

-- CreateTable
CREATE TABLE "TaskCooperatorGroup" (
    "taskId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,

    PRIMARY KEY ("taskId", "groupId"),
    CONSTRAINT "TaskCooperatorGroup_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TaskCooperatorGroup_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "UnitGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    "kind" TEXT NOT NULL DEFAULT 'plan',
    "programme" TEXT,
    "yearTo" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "issuedOn" TEXT,
    CONSTRAINT "Plan_secretariatUnitId_fkey" FOREIGN KEY ("secretariatUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("code", "id", "name", "requiresConfirmation", "secretariatUnitId", "sourceDocument", "year") SELECT "code", "id", "name", "requiresConfirmation", "secretariatUnitId", "sourceDocument", "year" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_code_key" ON "Plan"("code");
CREATE INDEX "Plan_year_programme_idx" ON "Plan"("year", "programme");
CREATE TABLE "new_Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "planId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "leadUnitId" INTEGER NOT NULL,
    "deadline" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'not_started',
    "completedAt" DATETIME,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "evidence" TEXT,
    "notes" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "deadlineText" TEXT,
    "deadlineKind" TEXT NOT NULL DEFAULT 'fixed',
    "recurrence" TEXT,
    "deadlineFrom" TEXT,
    "areaText" TEXT,
    "leadGroupId" INTEGER,
    "product" TEXT,
    "planNote" TEXT,
    "sourceRef" TEXT,
    "rowKey" TEXT,
    CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Task_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_leadGroupId_fkey" FOREIGN KEY ("leadGroupId") REFERENCES "UnitGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("area", "code", "completedAt", "deadline", "evidence", "id", "leadUnitId", "notes", "planId", "progress", "status", "title", "updatedAt") SELECT "area", "code", "completedAt", "deadline", "evidence", "id", "leadUnitId", "notes", "planId", "progress", "status", "title", "updatedAt" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE UNIQUE INDEX "Task_code_key" ON "Task"("code");
CREATE INDEX "Task_planId_status_idx" ON "Task"("planId", "status");
CREATE INDEX "Task_leadUnitId_status_idx" ON "Task"("leadUnitId", "status");
CREATE INDEX "Task_deadline_idx" ON "Task"("deadline");
CREATE INDEX "Task_deadlineKind_recurrence_idx" ON "Task"("deadlineKind", "recurrence");
CREATE UNIQUE INDEX "Task_planId_rowKey_key" ON "Task"("planId", "rowKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "UnitGroup_key_key" ON "UnitGroup"("key");

-- CreateIndex
CREATE INDEX "TaskCooperatorGroup_groupId_idx" ON "TaskCooperatorGroup"("groupId");
