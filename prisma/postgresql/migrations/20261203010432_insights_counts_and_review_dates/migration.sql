-- AlterTable
ALTER TABLE "Notice" ADD COLUMN     "reviewBy" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "FaqQuestion" ADD COLUMN     "reviewBy" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Guide" ADD COLUMN     "reviewBy" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SearchEvent" ADD COLUMN     "clicked" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CheckEvent" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "findings" TEXT NOT NULL DEFAULT '',
    "mailboxHash" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CheckEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsightCount" (
    "day" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "policy" TEXT NOT NULL DEFAULT '',
    "setting" TEXT NOT NULL DEFAULT '',
    "client" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InsightCount_pkey" PRIMARY KEY ("metric","day","source","policy","setting","client","outcome")
);

-- CreateTable
CREATE TABLE "PolicyMailbox" (
    "policy" TEXT NOT NULL,
    "mailboxHash" TEXT NOT NULL,
    "toldAt" TIMESTAMP(3) NOT NULL,
    "passedAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyMailbox_pkey" PRIMARY KEY ("policy","mailboxHash")
);

-- CreateIndex
CREATE INDEX "CheckEvent_createdAt_idx" ON "CheckEvent"("createdAt");

-- CreateIndex
CREATE INDEX "InsightCount_day_idx" ON "InsightCount"("day");

-- CreateIndex
CREATE INDEX "PolicyMailbox_lastSeenAt_idx" ON "PolicyMailbox"("lastSeenAt");

