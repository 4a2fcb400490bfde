-- CreateTable
CREATE TABLE "SubscriberInterest" (
    "subscriberId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "SubscriberInterest_pkey" PRIMARY KEY ("subscriberId","kind","value")
);

-- Existing data: each subscriber's delimited lists (",maintenance,security,") become one row per value.
INSERT INTO "SubscriberInterest" ("subscriberId", "kind", "value")
SELECT DISTINCT s."id", l."kind", v."value"
FROM "Subscriber" s
CROSS JOIN LATERAL (VALUES ('topic', s."topics"), ('service', s."services")) AS l("kind", "list")
CROSS JOIN LATERAL unnest(string_to_array(l."list", ',')) AS v("value")
WHERE v."value" <> '';

-- CreateIndex
CREATE INDEX "SubscriberInterest_kind_value_subscriberId_idx" ON "SubscriberInterest"("kind", "value", "subscriberId");

-- AddForeignKey
ALTER TABLE "SubscriberInterest" ADD CONSTRAINT "SubscriberInterest_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Subscriber" DROP COLUMN "services",
DROP COLUMN "topics";
