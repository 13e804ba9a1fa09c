-- DropIndex
DROP INDEX "StrangerAnswer_day_idx";

-- AlterTable
ALTER TABLE "QuotaUsage" DROP COLUMN "strangerAnswers";

-- CreateIndex
CREATE INDEX "StrangerAnswer_channel_day_idx" ON "StrangerAnswer"("channel", "day");
