-- CreateTable
CREATE TABLE "RedeemFailure" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RedeemFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RedeemFailure_key_at_idx" ON "RedeemFailure"("key", "at");
