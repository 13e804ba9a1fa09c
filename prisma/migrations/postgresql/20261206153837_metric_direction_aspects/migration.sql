-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('higher', 'lower');

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "aspects" JSONB,
ADD COLUMN     "direction" "Direction" NOT NULL DEFAULT 'higher';
