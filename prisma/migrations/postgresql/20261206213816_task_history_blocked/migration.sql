-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "evidenceWhenLate" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "blockedSince" TIMESTAMP(3),
ADD COLUMN     "originalDeadline" TEXT;
