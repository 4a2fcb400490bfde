-- DropIndex
DROP INDEX "MailUsagePattern_day_mailboxHash_kind_protocol_port_tls_tls_key";

-- CreateIndex
CREATE UNIQUE INDEX "MailUsagePattern_day_mailboxHash_wayId_key" ON "MailUsagePattern"("day", "mailboxHash", "wayId");

