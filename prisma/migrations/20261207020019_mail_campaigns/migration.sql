-- CreateTable
CREATE TABLE "MailboxCampaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "policy" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "payload" TEXT NOT NULL,
    "counted" INTEGER NOT NULL DEFAULT 0,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queuedAt" DATETIME
);

-- CreateTable
CREATE TABLE "MailboxCampaignMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "policy" TEXT NOT NULL,
    "mailboxHash" TEXT NOT NULL,
    "masked" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "dueAt" DATETIME NOT NULL,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MailboxCampaignMessage_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "MailboxCampaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MailEventMailbox" (
    "mailboxHash" TEXT NOT NULL PRIMARY KEY,
    "masked" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "firstSeen" DATETIME NOT NULL,
    "lastSeen" DATETIME NOT NULL
);
INSERT INTO "new_MailEventMailbox" ("firstSeen", "lastSeen", "mailboxHash", "masked") SELECT "firstSeen", "lastSeen", "mailboxHash", "masked" FROM "MailEventMailbox";
DROP TABLE "MailEventMailbox";
ALTER TABLE "new_MailEventMailbox" RENAME TO "MailEventMailbox";
CREATE INDEX "MailEventMailbox_lastSeen_idx" ON "MailEventMailbox"("lastSeen");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MailboxCampaign_policy_createdAt_idx" ON "MailboxCampaign"("policy", "createdAt");

-- CreateIndex
CREATE INDEX "MailboxCampaignMessage_status_dueAt_idx" ON "MailboxCampaignMessage"("status", "dueAt");

-- CreateIndex
CREATE INDEX "MailboxCampaignMessage_campaignId_status_idx" ON "MailboxCampaignMessage"("campaignId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MailboxCampaignMessage_policy_mailboxHash_key" ON "MailboxCampaignMessage"("policy", "mailboxHash");

