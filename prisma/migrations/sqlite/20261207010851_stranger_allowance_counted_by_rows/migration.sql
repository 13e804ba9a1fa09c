-- DropIndex
DROP INDEX "StrangerAnswer_day_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuotaUsage" (
    "channel" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "used" INTEGER NOT NULL DEFAULT 0,
    "exhaustedDetail" TEXT,
    "warnedAt" DATETIME,
    "urgentNotifiedAt" DATETIME,
    "exhaustedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("channel", "month")
);
INSERT INTO "new_QuotaUsage" ("channel", "exhaustedAt", "exhaustedDetail", "month", "updatedAt", "urgentNotifiedAt", "used", "warnedAt") SELECT "channel", "exhaustedAt", "exhaustedDetail", "month", "updatedAt", "urgentNotifiedAt", "used", "warnedAt" FROM "QuotaUsage";
DROP TABLE "QuotaUsage";
ALTER TABLE "new_QuotaUsage" RENAME TO "QuotaUsage";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "StrangerAnswer_channel_day_idx" ON "StrangerAnswer"("channel", "day");
