-- CreateTable
CREATE TABLE "QuotaUsage" (
    "channel" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "used" INTEGER NOT NULL DEFAULT 0,
    "exhaustedDetail" TEXT,
    "warnedAt" TIMESTAMP(3),
    "urgentNotifiedAt" TIMESTAMP(3),
    "exhaustedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuotaUsage_pkey" PRIMARY KEY ("channel","month")
);
