import { randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db/client';

export const REPORT_RETENTION_DAYS = 30;

import { maskEmail } from '@/lib/security/mask-email';

export { maskEmail };

/** A short, unambiguous report ID a customer can read out on the phone (no 0/O, 1/I/L). */
export function newReportId(): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export async function saveCheckReport(
  report: { email?: string; client: string; verdict: string; result: unknown },
  now = new Date(),
) {
  const id = newReportId();
  await prisma.checkReport.create({
    data: {
      id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + REPORT_RETENTION_DAYS * 86_400_000),
      maskedEmail: maskEmail(report.email),
      client: report.client,
      verdict: report.verdict,
      result: JSON.stringify(report.result),
    },
  });
  return id;
}

export async function getCheckReport(id: string, now = new Date()) {
  const row = await prisma.checkReport.findUnique({ where: { id } });
  if (!row || row.expiresAt <= now) return null;
  return { ...row, result: JSON.parse(row.result) as unknown };
}

export async function deleteExpiredCheckReports(now = new Date()) {
  return (await prisma.checkReport.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
