-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SeenUpdate" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "seenAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SendMark" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "isGroup" BOOLEAN NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SendHold" (
    "channel" TEXT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "until" DATETIME NOT NULL,

    PRIMARY KEY ("channel", "chatKey")
);

-- CreateIndex
CREATE INDEX "SeenUpdate_seenAt_idx" ON "SeenUpdate"("seenAt");

-- CreateIndex
CREATE INDEX "SendMark_channel_at_idx" ON "SendMark"("channel", "at");

-- CreateIndex
CREATE INDEX "SendMark_channel_chatKey_at_idx" ON "SendMark"("channel", "chatKey", "at");
