-- CreateEnum
CREATE TYPE "MetricValueStatus" AS ENUM ('current', 'superseded', 'pending', 'rejected');

-- AlterTable
ALTER TABLE "MetricValue" ADD COLUMN     "channel" TEXT,
ADD COLUMN     "chatId" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" INTEGER,
ADD COLUMN     "messageId" TEXT,
ADD COLUMN     "origin" TEXT,
ADD COLUMN     "recordedAt" TIMESTAMP(3),
ADD COLUMN     "recordedById" INTEGER,
ADD COLUMN     "status" "MetricValueStatus" NOT NULL DEFAULT 'current',
ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "supersededById" INTEGER;

-- CreateIndex
CREATE INDEX "MetricValue_status_idx" ON "MetricValue"("status");

-- AddForeignKey
ALTER TABLE "MetricValue" ADD CONSTRAINT "MetricValue_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricValue" ADD CONSTRAINT "MetricValue_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
