-- AlterTable
ALTER TABLE "MailEventMailbox" ADD COLUMN     "address" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "MailboxCampaign" (
    "id" TEXT NOT NULL,
    "policy" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "payload" TEXT NOT NULL,
    "counted" INTEGER NOT NULL DEFAULT 0,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queuedAt" TIMESTAMP(3),

    CONSTRAINT "MailboxCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailboxCampaignMessage" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "policy" TEXT NOT NULL,
    "mailboxHash" TEXT NOT NULL,
    "masked" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailboxCampaignMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailboxCampaign_policy_createdAt_idx" ON "MailboxCampaign"("policy", "createdAt");

-- CreateIndex
CREATE INDEX "MailboxCampaignMessage_status_dueAt_idx" ON "MailboxCampaignMessage"("status", "dueAt");

-- CreateIndex
CREATE INDEX "MailboxCampaignMessage_campaignId_status_idx" ON "MailboxCampaignMessage"("campaignId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MailboxCampaignMessage_policy_mailboxHash_key" ON "MailboxCampaignMessage"("policy", "mailboxHash");

-- AddForeignKey
ALTER TABLE "MailboxCampaignMessage" ADD CONSTRAINT "MailboxCampaignMessage_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "MailboxCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

