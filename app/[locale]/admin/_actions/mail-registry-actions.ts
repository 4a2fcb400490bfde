'use server';

import { expireEveryPageHere } from '@/lib/cache/expire-content';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { isLocale, routing } from '@/i18n/routing';
import { requestMeta } from '@/lib/auth/request-context';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import {
  formToRegistry,
  registryFormSchema,
  type RegistryFieldError,
} from '@/lib/mail-registry/registry-form';
import {
  RegistryConflictError,
  restoreRegistryRevision,
  saveRegistry,
} from '@/lib/mail-registry/registry-store';
import { listAllNoticeSlugs } from '@/lib/notices/admin-notices';

export type RegistryFormState =
  | { status: 'idle' }
  | { status: 'saved'; revisionId: number }
  | { status: 'invalid'; errors: Record<string, RegistryFieldError> }
  | { status: 'conflict'; currentId: number }
  | { status: 'error'; error: 'forbidden' | 'tampered' };

const saveSchema = z.object({
  baseId: z.coerce.number().int().min(0),
  note: z.string().trim().max(500).default(''),
  values: registryFormSchema,
});

/**
 * Saves the registry as edited in the staff area (admins only). Every server value shown by the
 * checker, guides and auto-configuration changes with it, so every page is regenerated.
 */
export const saveMailRegistryAction = staffAction(
  'admin',
  async (user, _previous: RegistryFormState, form: FormData): Promise<RegistryFormState> => {
    let values: unknown;
    try {
      values = JSON.parse(String(form.get('values') ?? ''));
    } catch {
      return { status: 'error', error: 'tampered' };
    }
    const parsed = saveSchema.safeParse({ baseId: form.get('baseId'), note: form.get('note') ?? '', values });
    if (!parsed.success) return { status: 'error', error: 'tampered' };
    const converted = formToRegistry(parsed.data.values, new Set(await listAllNoticeSlugs()));
    if (!converted.ok) return { status: 'invalid', errors: converted.errors };
    try {
      const revision = await saveRegistry({
        registry: converted.registry,
        source: 'editor',
        authorEmail: user.email,
        note: parsed.data.note,
        baseId: parsed.data.baseId === 0 ? null : parsed.data.baseId,
        audit: {
          actorEmail: user.email,
          action: 'mail-registry.update',
          summary: parsed.data.note,
          ip: (await requestMeta()).ip,
        },
      });
      expireEveryPageHere();
      return { status: 'saved', revisionId: revision.id };
    } catch (error) {
      if (error instanceof RegistryConflictError) return { status: 'conflict', currentId: error.currentId };
      throw error;
    }
  },
);

/** Makes an earlier version of the registry current again (as a new version). */
export const restoreMailRegistryAction = staffFormAction('admin', async (user, form) => {
  const locale = isLocale(form.get('locale')) ? String(form.get('locale')) : routing.defaultLocale;
  const id = z.coerce.number().int().min(1).safeParse(form.get('revisionId'));
  const baseId = z.coerce.number().int().min(0).safeParse(form.get('baseId'));
  let result = 'invalid';
  if (id.success && baseId.success) {
    try {
      const restored = await restoreRegistryRevision(
        id.data,
        user.email,
        baseId.data || null,
        (await requestMeta()).ip,
      );
      if (restored) {
        expireEveryPageHere();
        result = 'restored';
      } else result = 'notFound';
    } catch (error) {
      if (!(error instanceof RegistryConflictError)) throw error;
      result = 'conflict';
    }
  }
  redirect(`/${locale}/admin/mail-servers?result=${result}`);
});
