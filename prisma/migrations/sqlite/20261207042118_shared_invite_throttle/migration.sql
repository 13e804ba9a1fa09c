-- CreateTable
CREATE TABLE "RedeemFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "RedeemFailure_key_at_idx" ON "RedeemFailure"("key", "at");
