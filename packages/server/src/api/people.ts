// Contacts in the website's people database, found by people id or email. `upsert` is built from
// a read and a create or an update, since Crisp has no single upsert route.
import { isCrispApiError } from './errors';
import type { EventColor, PeopleProfile, SessionDataValue } from './resources';
import { segment, withSignal, type WebsiteOf, type WebsiteScoped } from './scope';
import type { Transport } from './transport';

export interface PeopleParams extends WebsiteScoped {
  /** A people id or an email. */
  people: string;
}

export interface ProfileFields {
  person?: { nickname?: string; avatar?: string; phone?: string; [field: string]: unknown };
  company?: { name?: string; url?: string; [field: string]: unknown };
  segments?: string[];
}

export function peopleOperations(call: Transport, websiteOf: WebsiteOf) {
  const base = (params: WebsiteScoped) => `website/${segment(websiteOf(params.websiteId), 'websiteId')}/people`;

  const get = async (params: PeopleParams): Promise<PeopleProfile | null> => {
    try {
      return (
        await call<PeopleProfile>(
          'GET',
          `${base(params)}/profile/${segment(params.people, 'people')}`,
          withSignal(params),
        )
      ).data;
    } catch (error) {
      if (isCrispApiError(error, 'not-found')) return null;
      throw error;
    }
  };

  const update = async (params: WebsiteScoped & { peopleId: string; fields: ProfileFields }) => {
    await call('PATCH', `${base(params)}/profile/${segment(params.peopleId, 'peopleId')}`, {
      body: params.fields,
      idempotent: true,
      ...withSignal(params),
    });
  };

  return {
    /** The profile, or null when no contact has that id or email. */
    get,

    /**
     * Creates the contact, or updates the given fields of the existing one with that email.
     * `created` says which. A create that meets a concurrent one (409) becomes an update.
     */
    async upsert(
      params: WebsiteScoped & ProfileFields & { email: string },
    ): Promise<{ peopleId: string; created: boolean }> {
      const { email, person, company, segments } = params;
      const fields: ProfileFields = {
        ...(person ? { person } : {}),
        ...(company ? { company } : {}),
        ...(segments ? { segments } : {}),
      };
      const existing = await get({ ...params, people: email });
      if (existing) {
        if (Object.keys(fields).length) await update({ ...params, peopleId: existing.people_id, fields });
        return { peopleId: existing.people_id, created: false };
      }
      try {
        const answer = await call<{ people_id: string }>('POST', `${base(params)}/profile`, {
          body: { email, ...fields },
          ...withSignal(params),
        });
        return { peopleId: answer.data.people_id, created: true };
      } catch (error) {
        if (!isCrispApiError(error, 'conflict')) throw error;
        const raced = await get({ ...params, people: email });
        if (!raced) throw error;
        if (Object.keys(fields).length) await update({ ...params, peopleId: raced.people_id, fields });
        return { peopleId: raced.people_id, created: false };
      }
    },

    /** Adds an event to the contact's timeline (a POST: not retried once it may have been processed). */
    async addEvent(
      params: PeopleParams & { text: string; data?: Record<string, SessionDataValue>; color?: EventColor },
    ): Promise<void> {
      const { text, data, color } = params;
      await call('POST', `${base(params)}/events/${segment(params.people, 'people')}`, {
        body: { text, ...(data ? { data } : {}), ...(color ? { color } : {}) },
        ...withSignal(params),
      });
    },

    async getData(params: PeopleParams): Promise<Record<string, SessionDataValue>> {
      const answer = await call<{ data?: Record<string, SessionDataValue> } | null>(
        'GET',
        `${base(params)}/data/${segment(params.people, 'people')}`,
        withSignal(params),
      );
      return answer.data?.data ?? {};
    },

    /** Merges `data` into the contact's data. */
    async updateData(params: PeopleParams & { data: Record<string, SessionDataValue> }): Promise<void> {
      await call('PATCH', `${base(params)}/data/${segment(params.people, 'people')}`, {
        body: { data: params.data },
        idempotent: true,
        ...withSignal(params),
      });
    },
  };
}

export type PeopleOperations = ReturnType<typeof peopleOperations>;
