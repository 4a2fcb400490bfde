-- CreateTable
CREATE TABLE "MailReportLink" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "mailboxHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "openedAt" TIMESTAMP(3),

    CONSTRAINT "MailReportLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MailReportLink_tokenHash_key" ON "MailReportLink"("tokenHash");

-- CreateIndex
CREATE INDEX "MailReportLink_expiresAt_idx" ON "MailReportLink"("expiresAt");

