'use server';

import { recordAudit } from '@/lib/audit/record-audit';
import { requestMeta } from '@/lib/auth/request-context';
import { staffAction } from '@/lib/auth/staff-guard';
import {
  componentInputSchema,
  fieldErrors,
  incidentInputSchema,
  incidentUpdateSchema,
} from '@/lib/status/incident-input';
import {
  addIncidentUpdate,
  createIncident,
  getIncident,
  saveStatusComponent,
} from '@/lib/status/save-incident';
import { announceIncident, announceLatestIncidentUpdate } from '@/lib/notifications/status-notifications';

export type StatusFormState =
  | { status: 'idle' }
  | { status: 'saved'; id: string }
  | { status: 'invalid'; errors: Record<string, string> }
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
    const incident = await createIncident(parsed.data, user.email);
    await recordAudit({
      actorEmail: user.email,
      action: 'status.incident',
      targetType: incident.kind,
      targetId: incident.id,
      summary: incident.titleEn,
      ip: (await requestMeta()).ip,
    });
    if (form.get('notify') === 'on') await announceIncident(incident.id, user.email);
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
    const before = await getIncident(parsed.data.incidentId);
    const incident = await addIncidentUpdate(parsed.data, user.email);
    if (!incident) return { status: 'error', error: 'not-found' };
    await recordAudit({
      actorEmail: user.email,
      action: 'status.update',
      targetType: incident.kind,
      targetId: incident.id,
      summary: `${parsed.data.status}: ${incident.titleEn}`,
      ip: (await requestMeta()).ip,
    });
    if (form.get('notify') === 'on')
      await announceLatestIncidentUpdate(incident.id, user.email, {
        previousWindow:
          before && before.startsAt.getTime() !== incident.startsAt.getTime()
            ? { startsAt: before.startsAt.toISOString(), endsAt: before.endsAt?.toISOString() ?? null }
            : undefined,
      });
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
    const component = await saveStatusComponent(parsed.data);
    await recordAudit({
      actorEmail: user.email,
      action: 'status.component',
      targetType: 'status-component',
      targetId: component.slug,
      summary: component.nameEn,
      ip: (await requestMeta()).ip,
    });
    return { status: 'saved', id: component.id };
  },
);
