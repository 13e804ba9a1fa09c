-- AlterTable
ALTER TABLE "QuotaUsage" ADD COLUMN     "strangerAnswers" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "StrangerAnswer" (
    "channel" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "day" TEXT NOT NULL,

    CONSTRAINT "StrangerAnswer_pkey" PRIMARY KEY ("channel","senderId","day")
);

-- CreateIndex
CREATE INDEX "StrangerAnswer_day_idx" ON "StrangerAnswer"("day");
