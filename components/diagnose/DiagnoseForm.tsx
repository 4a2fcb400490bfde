'use client';

import { CLIENTS, isChoice } from '@/lib/mail-check/customer-choices';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { DiagnoseResult, Diagnosis, DiagnosisFacts } from '@/lib/diagnose/diagnose';

type Failure = { error: string; retryAfterSeconds?: number };
type Answer = DiagnoseResult & { extracted?: string };

/** The API's own cap (lib/diagnose/image-input.ts), checked here first to spare the upload. */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const IMAGE_ERRORS = [
  'invalid-image',
  'image-too-large',
  'image-too-many-pixels',
  'unreadable',
  'no-text',
  'busy',
  'ocr-unavailable',
] as const;

/** The link's path without its locale: the navigation Link adds the page's own. */
const localPath = (href: string) => href.replace(/^\/(?:ja|en)(?=\/|$)/, '') || '/';

const level = (confidence: number) => (confidence >= 0.6 ? 'high' : confidence >= 0.3 ? 'medium' : 'low');

/**
 * The text box, the screenshot upload and the answer. The text (or the image, as multipart) goes to
 * POST /api/diagnose once per submit and is kept only in this form; the answer's heading takes the
 * focus when it arrives. The text read from a screenshot is put in the text box, so the customer can
 * correct what OCR got wrong and ask again.
 */
export function DiagnoseForm() {
  const t = useTranslations('Diagnose');
  const tPrograms = useTranslations('Checker.programs');
  const locale = useLocale();
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<DiagnoseResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [image, setImage] = useState<File | null>(null);
  const [readingImage, setReadingImage] = useState(false);
  const [fromImage, setFromImage] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  async function ask(init: RequestInit): Promise<Answer | null> {
    setPending(true);
    setResult(null);
    setFailure(null);
    try {
      const response = await fetch('/api/diagnose', { method: 'POST', ...init });
      const data = (await response.json().catch(() => ({ error: 'unavailable' }))) as Answer & Failure;
      if (!response.ok) {
        setFailure(data);
        return null;
      }
      setResult(data);
      return data;
    } catch {
      setFailure({ error: 'unavailable' });
      return null;
    } finally {
      setPending(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFromImage(false);
    await ask({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, locale }) });
  }

  async function submitImage(event: FormEvent) {
    event.preventDefault();
    if (!image) return;
    setFromImage(false);
    if (image.size > MAX_IMAGE_BYTES) {
      setResult(null);
      setFailure({ error: 'image-too-large' });
      return;
    }
    const form = new FormData();
    form.set('locale', locale);
    form.set('image', image);
    setReadingImage(true);
    const answer = await ask({ body: form });
    setReadingImage(false);
    if (answer?.extracted !== undefined) {
      setText(answer.extracted);
      setFromImage(true);
    }
  }

  const errorText = ({ error, retryAfterSeconds }: Failure) => {
    if (error === 'rate-limited')
      return t('errors.rate-limited', { minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) });
    if (error === 'too-large') return t('errors.too-large');
    if (error === 'invalid-request' || error === 'invalid-json') return t('errors.invalid');
    const imageError = IMAGE_ERRORS.find((e) => e === error);
    if (imageError) return t(`errors.${imageError}`);
    return t('errors.unavailable');
  };

  return (
    <div className="max-w-3xl">
      <form onSubmit={submit} className="space-y-3" aria-busy={pending}>
        <label htmlFor="diagnose-text" className="block font-semibold text-slate-800">
          {t('label')}
        </label>
        <p id="diagnose-hint" className="text-sm text-slate-700">
          {t('hint')}
        </p>
        <textarea
          id="diagnose-text"
          name="text"
          aria-describedby="diagnose-hint"
          required
          maxLength={10_000}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="block w-full rounded-md border border-slate-300 bg-white p-3 font-mono text-sm"
        />
        {fromImage && (
          <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-800" data-testid="extracted-note">
            {t('extractedNote')}
          </p>
        )}
        <button
          type="submit"
          disabled={pending || text.trim().length === 0}
          className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending && !readingImage ? t('pending') : t('submit')}
        </button>
      </form>

      <form onSubmit={submitImage} className="mt-8 space-y-3" aria-busy={readingImage}>
        <label htmlFor="diagnose-image" className="block font-semibold text-slate-800">
          {t('imageLabel')}
        </label>
        <p id="diagnose-image-hint" className="text-sm text-slate-700">
          {t('imageHint')}
        </p>
        <input
          id="diagnose-image"
          name="image"
          type="file"
          accept="image/*"
          aria-describedby="diagnose-image-hint"
          onChange={(e) => setImage(e.target.files?.[0] ?? null)}
          className="block w-full text-sm text-slate-800 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:font-medium"
        />
        <button
          type="submit"
          disabled={pending || !image}
          className="min-h-11 rounded-md border border-brand-700 bg-white px-5 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {readingImage ? t('imagePending') : t('imageSubmit')}
        </button>
      </form>

      <div aria-live="polite">
        {failure && (
          <p
            role="alert"
            className="mt-6 rounded-md border border-attention-200 bg-attention-50 p-4 text-attention-800"
          >
            {errorText(failure)}
          </p>
        )}
      </div>

      {result && (
        <section aria-labelledby="diagnose-result" className="mt-8" data-testid="diagnose-result">
          <h2 id="diagnose-result" ref={heading} tabIndex={-1} className="text-xl font-bold text-slate-900">
            {t('resultHeading')}
          </h2>
          <Facts facts={result.facts} programName={(id) => (isChoice(CLIENTS, id) ? tPrograms(id) : id)} />
          {result.diagnoses.map((diagnosis, index) => (
            <DiagnosisView key={diagnosis.code} diagnosis={diagnosis} first={index === 0} />
          ))}
        </section>
      )}
    </div>
  );
}

function Facts({ facts, programName }: { facts: DiagnosisFacts; programName: (id: string) => string }) {
  const t = useTranslations('Diagnose');
  const rows: [string, string][] = [];
  if (facts.program) rows.push([t('fact.program'), programName(facts.program)]);
  if (facts.errorCode) rows.push([t('fact.errorCode'), facts.errorCode]);
  if (facts.protocol) rows.push([t('fact.protocol'), facts.protocol.toUpperCase()]);
  if (facts.port !== undefined) rows.push([t('fact.port'), String(facts.port)]);
  if (facts.ssl !== undefined) rows.push([t('fact.ssl'), facts.ssl ? t('yes') : t('no')]);
  if (facts.server) rows.push([t('fact.server'), t('serverOurs', { host: facts.server })]);
  else if (facts.serverNotOurs) rows.push([t('fact.server'), t('serverNotOurs')]);
  if (facts.replyCode) rows.push([t('fact.replyCode'), facts.replyCode]);
  if (facts.enhancedStatus) rows.push([t('fact.enhancedStatus'), facts.enhancedStatus]);
  if (rows.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 className="font-semibold text-slate-900">{t('factsHeading')}</h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="diagnose-facts">
        {rows.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-slate-700">{name}</dt>
            <dd className="font-mono text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function DiagnosisView({ diagnosis, first }: { diagnosis: Diagnosis; first: boolean }) {
  const t = useTranslations('Diagnose');
  const id = `diagnosis-${diagnosis.code}`;
  const lastStep = diagnosis.steps.at(-1);
  const testAfter = lastStep === t('testAfter');
  return (
    <article
      aria-labelledby={id}
      data-code={diagnosis.code}
      className={`mt-6 rounded-lg border p-5 ${first ? 'border-brand-700 bg-white' : 'border-slate-300 bg-slate-50'}`}
    >
      <p className="text-sm font-semibold text-slate-700">
        {first ? t('likely') : t('alsoPossible')}
        {diagnosis.code !== 'UNKNOWN' && <> · {t('confidence', { level: level(diagnosis.confidence) })}</>}
      </p>
      <h3 id={id} className="mt-1 text-lg font-bold text-slate-900">
        {diagnosis.title}
      </h3>
      <p className="mt-2 font-semibold text-slate-800">{t(`side.${diagnosis.side}`)}</p>
      <p className="mt-2 text-slate-800">{diagnosis.cause}</p>

      {diagnosis.policy && (
        <div className="mt-4 rounded-md bg-slate-100 p-3">
          <h4 className="font-semibold text-slate-900">{t('policyHeading')}</h4>
          <p className="mt-1 text-slate-800">{diagnosis.policy.statement}</p>
          {diagnosis.policy.notice && (
            <p className="mt-1">
              <Link
                href={localPath(diagnosis.policy.notice)}
                className="text-brand-700 underline underline-offset-4"
              >
                {t('noticeLink')}
              </Link>
            </p>
          )}
        </div>
      )}

      <h4 className="mt-4 font-semibold text-slate-900">{t('stepsHeading')}</h4>
      {diagnosis.programSteps ? (
        <div data-testid="program-steps">
          {diagnosis.programSteps.map((group) => (
            <div key={group.heading} className="mt-2">
              <h5 className="font-semibold text-slate-800">{group.heading}</h5>
              <p className="text-sm text-slate-700">{group.path}</p>
              <ol className="mt-1 list-decimal space-y-1 pl-6 text-slate-800">
                {group.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              {group.save && <p className="mt-1 text-sm text-slate-700">{group.save}</p>}
            </div>
          ))}
          {testAfter && <p className="mt-2 text-slate-800">{lastStep}</p>}
        </div>
      ) : (
        <ol className="mt-1 list-decimal space-y-1 pl-6 text-slate-800">
          {diagnosis.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}

      <h4 className="mt-4 font-semibold text-slate-900">{t('linksHeading')}</h4>
      <ul className="mt-1 space-y-1">
        {diagnosis.links
          .filter((link) => link.kind !== 'notice')
          .map((link) => (
            <li key={`${link.kind}-${link.href}`}>
              <Link
                href={localPath(link.href)}
                className="text-brand-700 underline underline-offset-4"
                data-kind={link.kind}
              >
                {link.label}
              </Link>
            </li>
          ))}
      </ul>
    </article>
  );
}
