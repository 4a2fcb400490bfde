-- AlterTable
ALTER TABLE "Notice" ADD COLUMN "reviewBy" DATETIME;

-- AlterTable
ALTER TABLE "FaqQuestion" ADD COLUMN "reviewBy" DATETIME;

-- AlterTable
ALTER TABLE "Guide" ADD COLUMN "reviewBy" DATETIME;

-- CreateTable
CREATE TABLE "CheckEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "findings" TEXT NOT NULL DEFAULT '',
    "mailboxHash" TEXT NOT NULL DEFAULT ''
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

    PRIMARY KEY ("metric", "day", "source", "policy", "setting", "client", "outcome")
);

-- CreateTable
CREATE TABLE "PolicyMailbox" (
    "policy" TEXT NOT NULL,
    "mailboxHash" TEXT NOT NULL,
    "toldAt" DATETIME NOT NULL,
    "passedAt" DATETIME,
    "lastSeenAt" DATETIME NOT NULL,

    PRIMARY KEY ("policy", "mailboxHash")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SearchEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "locale" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "results" INTEGER NOT NULL,
    "clicked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_SearchEvent" ("createdAt", "id", "locale", "query", "results") SELECT "createdAt", "id", "locale", "query", "results" FROM "SearchEvent";
DROP TABLE "SearchEvent";
ALTER TABLE "new_SearchEvent" RENAME TO "SearchEvent";
CREATE INDEX "SearchEvent_results_createdAt_idx" ON "SearchEvent"("results", "createdAt");
CREATE INDEX "SearchEvent_createdAt_idx" ON "SearchEvent"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CheckEvent_createdAt_idx" ON "CheckEvent"("createdAt");

-- CreateIndex
CREATE INDEX "InsightCount_day_idx" ON "InsightCount"("day");

-- CreateIndex
CREATE INDEX "PolicyMailbox_lastSeenAt_idx" ON "PolicyMailbox"("lastSeenAt");

