import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSettings } from '@/lib/mail-check/evaluate-settings';
import { customerSettingsSchema } from '@/lib/mail-check/customer-settings';
import { checkSteps } from '@/lib/mail-check/check-steps';
import { guideSteps } from '@/lib/guides/guide-steps';
import { parseRegistry } from '@/lib/mail-registry/load-registry';
import { PROGRAMS } from '@/lib/programs/programs';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

/**
 * The checker and the guides say the same thing: for every program, every change the checker can
 * ask for on the way to our recommended settings is a step of that program's guide, with the same
 * label and the same sentence. And a program's labels live in the model only, never in messages/.
 */
const registry = parseRegistry(JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8')));
const today = '2026-12-06';
const host = 'mail.example.test';

/** Customers as we meet them: the seeds' old setup, old host names, half-done changes. */
const CUSTOMERS = (protocol: 'pop3' | 'imap') => {
  const plainPort = protocol === 'pop3' ? 110 : 143;
  return [
    {
      incoming: { protocol, server: host, port: plainPort, security: 'none', auth: 'password' },
      outgoing: { server: host, port: 25, security: 'none', auth: 'pop-before-smtp' },
    },
    {
      incoming: { protocol, server: 'pop.old-isp.example', port: plainPort, security: 'none' },
      outgoing: { server: 'smtp.old-isp.example', port: 587, security: 'none', auth: 'off' },
    },
    {
      incoming: { protocol, server: host, port: protocol === 'pop3' ? 995 : 993, security: 'none' },
      outgoing: { server: host, port: 587, security: 'tls', auth: 'on' },
    },
  ];
};

describe('the checker’s steps are the guide’s steps', () => {
  for (const program of PROGRAMS)
    for (const protocol of ['pop3', 'imap'] as const)
      for (const locale of ['ja', 'en'] as const)
        it(`${program.id}, ${protocol}, ${locale}`, () => {
          const guide = guideSteps(program.guide, registry, protocol, locale).find(
            (g) => g.program.id === program.id,
          );
          expect(guide).toBeDefined();
          const guideTexts = guide!.groups.flatMap((g) => g.steps.map((s) => `${s.label}|${s.text}`));
          let compared = 0;
          for (const customer of CUSTOMERS(protocol)) {
            const settings = customerSettingsSchema.parse({ client: program.id, ...customer });
            const evaluation = evaluateSettings(registry, settings, today);
            const changes = evaluation.fields.filter((f) => f.status === 'change' || f.breaksOn);
            expect(changes.length).toBeGreaterThan(0);
            const { steps } = checkSteps(settings, changes, locale);
            for (const step of steps) {
              expect([program.id, `${step.label}|${step.text}`]).toEqual([
                program.id,
                expect.toBeOneOf(guideTexts),
              ]);
              compared += 1;
            }
          }
          // Every program can act on most of what the checker asks (new Outlook least: see its limitations).
          expect(compared).toBeGreaterThan(program.limitations?.length ? 2 : 5);
        });
});

describe('program labels are written once', () => {
  /** Every object of a catalog with the strings directly in it. */
  const blocks = (node: unknown, path = ''): { path: string; strings: string[] }[] => {
    if (typeof node !== 'object' || node === null) return [];
    const entries = Object.entries(node as Record<string, unknown>);
    return [
      { path, strings: entries.filter(([, v]) => typeof v === 'string').map(([, v]) => v as string) },
      ...entries.flatMap(([key, value]) => blocks(value, path ? `${path}.${key}` : key)),
    ];
  };

  // A program's labels copied into messages would show as a block of them side by side (as the
  // checker's old Checker.labels.<program> did); a single generic word ("Server", 「サーバー名」) that
  // happens to equal one label is ordinary vocabulary.
  it('no messages block holds a program’s labels', () => {
    const copied: string[] = [];
    for (const [locale, catalog] of [
      ['ja', ja],
      ['en', en],
    ] as const)
      for (const program of PROGRAMS) {
        const labels = new Set(
          program.screens.flatMap((screen) => [
            screen.title[locale],
            ...screen.tabs.flatMap((tab) => [
              ...(tab.label ? [tab.label[locale]] : []),
              ...tab.controls.map((c) => c.label[locale]),
            ]),
          ]),
        );
        for (const block of blocks(catalog)) {
          const shared = block.strings.filter((text) => labels.has(text));
          if (shared.length >= 4)
            copied.push(`${locale} ${program.id} in ${block.path}: ${shared.join(', ')}`);
        }
      }
    expect(copied).toEqual([]);
  });
});
