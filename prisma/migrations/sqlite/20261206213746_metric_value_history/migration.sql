-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MetricValue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "metricId" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "unitId" INTEGER,
    "value" TEXT NOT NULL,
    "qualifier" TEXT NOT NULL DEFAULT 'exact',
    "denominator" TEXT,
    "target" TEXT,
    "targetDate" TEXT,
    "periodFrom" TEXT,
    "periodTo" TEXT,
    "asOf" TEXT,
    "source" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "note" TEXT,
    "status" TEXT NOT NULL DEFAULT 'current',
    "origin" TEXT,
    "recordedAt" DATETIME,
    "recordedById" INTEGER,
    "channel" TEXT,
    "chatId" TEXT,
    "messageId" TEXT,
    "supersededById" INTEGER,
    "supersededAt" DATETIME,
    "decidedById" INTEGER,
    "decidedAt" DATETIME,
    CONSTRAINT "MetricValue_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MetricValue_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MetricValue_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MetricValue_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MetricValue" ("asOf", "denominator", "id", "metricId", "note", "periodFrom", "periodTo", "qualifier", "scope", "source", "sourceTitle", "target", "targetDate", "unitId", "value") SELECT "asOf", "denominator", "id", "metricId", "note", "periodFrom", "periodTo", "qualifier", "scope", "source", "sourceTitle", "target", "targetDate", "unitId", "value" FROM "MetricValue";
DROP TABLE "MetricValue";
ALTER TABLE "new_MetricValue" RENAME TO "MetricValue";
CREATE INDEX "MetricValue_metricId_scope_idx" ON "MetricValue"("metricId", "scope");
CREATE INDEX "MetricValue_status_idx" ON "MetricValue"("status");
CREATE INDEX "MetricValue_unitId_idx" ON "MetricValue"("unitId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
