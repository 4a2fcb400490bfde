-- CreateTable
CREATE TABLE "DiagnosisCount" (
    "day" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "program" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DiagnosisCount_pkey" PRIMARY KEY ("day","code","locale","source","program")
);

