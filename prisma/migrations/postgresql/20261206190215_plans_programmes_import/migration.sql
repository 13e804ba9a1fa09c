-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('plan', 'conclusion');

-- CreateEnum
CREATE TYPE "Programme" AS ENUM ('cchc', 'cds', 'da06');

-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('fixed', 'range', 'recurring', 'on_demand');

-- CreateEnum
CREATE TYPE "Recurrence" AS ENUM ('continuous', 'monthly', 'quarterly', 'yearly');

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "issuedOn" TEXT,
ADD COLUMN     "kind" "PlanKind" NOT NULL DEFAULT 'plan',
ADD COLUMN     "programme" "Programme",
ADD COLUMN     "yearTo" INTEGER;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "areaText" TEXT,
ADD COLUMN     "deadlineFrom" TEXT,
ADD COLUMN     "deadlineKind" "DeadlineKind" NOT NULL DEFAULT 'fixed',
ADD COLUMN     "deadlineText" TEXT,
ADD COLUMN     "leadGroupId" INTEGER,
ADD COLUMN     "planNote" TEXT,
ADD COLUMN     "product" TEXT,
ADD COLUMN     "recurrence" "Recurrence",
ADD COLUMN     "rowKey" TEXT,
ADD COLUMN     "sourceRef" TEXT;

-- CreateTable
CREATE TABLE "UnitGroup" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "memberKind" "UnitKind",

    CONSTRAINT "UnitGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskCooperatorGroup" (
    "taskId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,

    CONSTRAINT "TaskCooperatorGroup_pkey" PRIMARY KEY ("taskId","groupId")
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitGroup_key_key" ON "UnitGroup"("key");

-- CreateIndex
CREATE INDEX "TaskCooperatorGroup_groupId_idx" ON "TaskCooperatorGroup"("groupId");

-- CreateIndex
CREATE INDEX "Plan_year_programme_idx" ON "Plan"("year", "programme");

-- CreateIndex
CREATE INDEX "Task_deadlineKind_recurrence_idx" ON "Task"("deadlineKind", "recurrence");

-- CreateIndex
CREATE UNIQUE INDEX "Task_planId_rowKey_key" ON "Task"("planId", "rowKey");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_leadGroupId_fkey" FOREIGN KEY ("leadGroupId") REFERENCES "UnitGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCooperatorGroup" ADD CONSTRAINT "TaskCooperatorGroup_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCooperatorGroup" ADD CONSTRAINT "TaskCooperatorGroup_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "UnitGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
