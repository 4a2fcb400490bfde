'use server';

import { requestMeta } from '@/lib/auth/request-context';
import { staffAction } from '@/lib/auth/staff-guard';
import {
  componentInputSchema,
  fieldErrors,
  incidentInputSchema,
  incidentUpdateSchema,
  type StatusFieldError,
} from '@/lib/status/incident-input';
import { addIncidentUpdate, createIncident, saveStatusComponent } from '@/lib/status/save-incident';

export type StatusFormState =
  | { status: 'idle' }
  | { status: 'saved'; id: string }
  | { status: 'invalid'; errors: Record<string, StatusFieldError> }
  | { status: 'error'; error: 'forbidden' | 'not-found' };

const list = (form: FormData, name: string) => form.getAll(name).map(String);
const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/** A new incident or scheduled maintenance, with its first timeline entry (editors and admins). */
export const createIncidentAction = staffAction(
  'editor',
  async (user, _previous: StatusFormState, form: FormData): Promise<StatusFormState> => {
    const parsed = incidentInputSchema.safeParse({
      kind: text(form, 'kind'),
      titleEn: text(form, 'titleEn'),
      titleJa: text(form, 'titleJa'),
      impact: text(form, 'impact'),
      components: list(form, 'components'),
      startsAt: form.get('startsAt'),
      endsAt: form.get('endsAt'),
      noticeSlug: text(form, 'noticeSlug'),
      status: text(form, 'status'),
      bodyEn: text(form, 'bodyEn'),
      bodyJa: text(form, 'bodyJa'),
    });
    if (!parsed.success) return { status: 'invalid', errors: fieldErrors(parsed.error.issues) };
    // One transaction: the incident, its first entry, the audit entry and the subscribers' event.
    const incident = await createIncident(parsed.data, user.email, new Date(), {
      notify: form.get('notify') === 'on',
      ip: (await requestMeta()).ip,
    });
    return { status: 'saved', id: incident.id };
  },
);

/** A timeline entry; "resolved"/"completed" closes the incident or maintenance. */
export const addIncidentUpdateAction = staffAction(
  'editor',
  async (user, _previous: StatusFormState, form: FormData): Promise<StatusFormState> => {
    const parsed = incidentUpdateSchema.safeParse({
      incidentId: text(form, 'incidentId'),
      status: text(form, 'status'),
      bodyEn: text(form, 'bodyEn'),
      bodyJa: text(form, 'bodyJa'),
      ...(form.get('startsAt') || form.get('endsAt')
        ? { startsAt: form.get('startsAt'), endsAt: form.get('endsAt') }
        : {}),
    });
    if (!parsed.success) return { status: 'invalid', errors: fieldErrors(parsed.error.issues) };
    // One transaction: the entry, the incident's new state, the audit entry and the subscribers' event.
    const incident = await addIncidentUpdate(parsed.data, user.email, new Date(), {
      notify: form.get('notify') === 'on',
      ip: (await requestMeta()).ip,
    });
    if (!incident) return { status: 'error', error: 'not-found' };
    return { status: 'saved', id: incident.id };
  },
);

/** Adds a component to the status page, or renames / re-points an existing one (admins). */
export const saveComponentAction = staffAction(
  'admin',
  async (user, _previous: StatusFormState, form: FormData): Promise<StatusFormState> => {
    const parsed = componentInputSchema.safeParse({
      slug: text(form, 'slug').trim(),
      nameEn: text(form, 'nameEn'),
      nameJa: text(form, 'nameJa'),
      endpointIds: list(form, 'endpointIds'),
    });
    if (!parsed.success) return { status: 'invalid', errors: fieldErrors(parsed.error.issues) };
    const component = await saveStatusComponent(parsed.data, user.email, (await requestMeta()).ip);
    return { status: 'saved', id: component.id };
  },
);
