-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "SeenUpdate" (
    "key" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeenUpdate_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SendMark" (
    "id" SERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "isGroup" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SendMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SendHold" (
    "channel" TEXT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SendHold_pkey" PRIMARY KEY ("channel","chatKey")
);

-- CreateIndex
CREATE INDEX "SeenUpdate_seenAt_idx" ON "SeenUpdate"("seenAt");

-- CreateIndex
CREATE INDEX "SendMark_channel_at_idx" ON "SendMark"("channel", "at");

-- CreateIndex
CREATE INDEX "SendMark_channel_chatKey_at_idx" ON "SendMark"("channel", "chatKey", "at");
