-- CreateTable
CREATE TABLE "MailReportLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "mailboxHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "openedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "MailReportLink_tokenHash_key" ON "MailReportLink"("tokenHash");

-- CreateIndex
CREATE INDEX "MailReportLink_expiresAt_idx" ON "MailReportLink"("expiresAt");

