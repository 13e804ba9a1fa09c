-- CreateTable
CREATE TABLE "QuotaUsage" (
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
