-- CreateTable
CREATE TABLE "FeedbackVote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "voterHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" DATETIME,
    "handledBy" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "SearchEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "locale" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "results" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "FeedbackVote_kind_slug_idx" ON "FeedbackVote"("kind", "slug");

-- CreateIndex
CREATE INDEX "FeedbackVote_createdAt_idx" ON "FeedbackVote"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackVote_kind_slug_voterHash_key" ON "FeedbackVote"("kind", "slug", "voterHash");

-- CreateIndex
CREATE INDEX "SearchEvent_results_createdAt_idx" ON "SearchEvent"("results", "createdAt");

-- CreateIndex
CREATE INDEX "SearchEvent_createdAt_idx" ON "SearchEvent"("createdAt");

