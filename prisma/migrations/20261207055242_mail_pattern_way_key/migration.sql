-- DropIndex
DROP INDEX "MailUsagePattern_day_mailboxHash_kind_protocol_port_tls_tlsVersion_mechanism_network_result_key";

-- CreateIndex
CREATE UNIQUE INDEX "MailUsagePattern_day_mailboxHash_wayId_key" ON "MailUsagePattern"("day", "mailboxHash", "wayId");

