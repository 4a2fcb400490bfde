-- CreateTable
CREATE TABLE "MailEvent" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "day" TEXT NOT NULL,
    "mailboxHash" TEXT NOT NULL DEFAULT '',
    "evidence" TEXT NOT NULL DEFAULT '',
    "protocol" TEXT NOT NULL,
    "port" INTEGER NOT NULL DEFAULT 0,
    "tls" TEXT NOT NULL,
    "tlsVersion" TEXT NOT NULL DEFAULT '',
    "mechanism" TEXT NOT NULL DEFAULT '',
    "network" TEXT NOT NULL,
    "clientPrefix" TEXT NOT NULL DEFAULT '',
    "clientKey" TEXT NOT NULL DEFAULT '',
    "result" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailUsagePattern" (
    "id" SERIAL NOT NULL,
    "day" TEXT NOT NULL,
    "mailboxHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "protocol" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "tls" TEXT NOT NULL,
    "tlsVersion" TEXT NOT NULL,
    "mechanism" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "firstSeen" TIMESTAMP(3) NOT NULL,
    "lastSeen" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailUsagePattern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailEventMailbox" (
    "mailboxHash" TEXT NOT NULL,
    "masked" TEXT NOT NULL,
    "firstSeen" TIMESTAMP(3) NOT NULL,
    "lastSeen" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailEventMailbox_pkey" PRIMARY KEY ("mailboxHash")
);

-- CreateTable
CREATE TABLE "MailUsageDaily" (
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "protocol" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "tls" TEXT NOT NULL,
    "tlsVersion" TEXT NOT NULL,
    "mechanism" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "events" INTEGER NOT NULL,
    "mailboxes" INTEGER NOT NULL,

    CONSTRAINT "MailUsageDaily_pkey" PRIMARY KEY ("day","kind","protocol","port","tls","tlsVersion","mechanism","network","result")
);

-- CreateIndex
CREATE UNIQUE INDEX "MailEvent_key_key" ON "MailEvent"("key");

-- CreateIndex
CREATE INDEX "MailEvent_mailboxHash_occurredAt_idx" ON "MailEvent"("mailboxHash", "occurredAt");

-- CreateIndex
CREATE INDEX "MailEvent_clientKey_occurredAt_idx" ON "MailEvent"("clientKey", "occurredAt");

-- CreateIndex
CREATE INDEX "MailEvent_occurredAt_idx" ON "MailEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "MailUsagePattern_mailboxHash_day_idx" ON "MailUsagePattern"("mailboxHash", "day");

-- CreateIndex
CREATE UNIQUE INDEX "MailUsagePattern_day_mailboxHash_kind_protocol_port_tls_tls_key" ON "MailUsagePattern"("day", "mailboxHash", "kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result");

-- CreateIndex
CREATE INDEX "MailEventMailbox_lastSeen_idx" ON "MailEventMailbox"("lastSeen");

