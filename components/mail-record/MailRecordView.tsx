import { joinSentences, sentenceGap } from '@/i18n/join-sentences';
import { Link } from '@/i18n/navigation';
import type { CustomerMailRecord } from '@/lib/mail-events/customer-record';

/**
 * "What our servers saw from your mailbox in the last 7 days" (docs/mail-events.md, "For the
 * customer"): the findings first, each with the ways behind it in plain words, what it means under
 * the policy (its date and statement), what is probably behind it, what to change and, when the way
 * is the program the customer checked, the steps on it; then what works. Everything arrives worded
 * in the customer's language (lib/mail-events/customer-record.ts), so the checker's answer (a client
 * component) and the report link's page (a server component) show the same thing.
 */
export function MailRecordView({
  record,
  headingLevel = 3,
}: {
  record: CustomerMailRecord;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section
      aria-labelledby="mail-record-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="mail-record"
    >
      <Heading id="mail-record-heading" className="text-base font-bold">
        {record.heading}
      </Heading>
      <p className="text-sm text-slate-700">{record.intro}</p>
      {record.empty && <p data-testid="mail-record-empty">{record.empty}</p>}

      {record.findings.length > 0 && (
        <div>
          <Sub className="mb-2 font-bold text-attention-800">{record.labels.findings}</Sub>
          <ul className="space-y-3">
            {record.findings.map((finding) => (
              <li
                key={finding.concern}
                className="space-y-2 rounded-lg border border-attention-200 p-3 text-sm"
                data-concern={finding.concern}
              >
                {finding.ways.map((way) => (
                  <p key={way} className="font-semibold">
                    {way}
                  </p>
                ))}
                <p data-testid="mail-record-meaning">
                  {joinSentences(record.locale, finding.meaning, finding.policy?.statement)}
                  {finding.policy?.notice && (
                    <>
                      {sentenceGap(record.locale)}
                      <Link
                        href={`/notices/${finding.policy.notice}`}
                        className="text-brand-700 underline underline-offset-4"
                      >
                        {record.labels.notice}
                      </Link>
                    </>
                  )}
                </p>
                <p>{finding.likely}</p>
                {finding.otherDevice && <p className="text-slate-700">{finding.otherDevice}</p>}
                <p>{finding.advice}</p>
                {finding.steps && (
                  <div data-testid="mail-record-steps">
                    <p className="font-semibold">{finding.steps.heading}</p>
                    <ol className="mt-1 list-decimal space-y-1 pl-6">
                      {finding.steps.groups.flatMap((group) =>
                        group.steps.map((step) => (
                          <li key={`${group.heading}/${step.controlId}`}>
                            <span className="text-slate-700">{group.heading}: </span>
                            {step.text}
                          </li>
                        )),
                      )}
                    </ol>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <Link href="/guides" className="text-brand-700 underline underline-offset-4">
              {record.labels.guides}
            </Link>
          </p>
        </div>
      )}

      {record.fine.length > 0 && (
        <div>
          <Sub className="mb-2 font-bold text-emerald-800">{record.labels.fine}</Sub>
          <ul className="space-y-1 text-sm" data-testid="mail-record-fine">
            {record.fine.map((way) => (
              <li key={way}>
                <span aria-hidden="true" className="text-emerald-800">
                  ✓
                </span>{' '}
                {way}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
