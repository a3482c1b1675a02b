// Conversation operations: messages, state, meta, lists. The state and meta writes are declared
// idempotent (they set values), so a lost answer is retried; sending a message is a POST and is not.
import type { OutgoingMessage } from './messages';
import { everyPage } from './pages';
import type {
  Conversation,
  ConversationMessage,
  ConversationMeta,
  ConversationState,
  SessionDataValue,
} from './resources';
import { pageSegment, segment, withSignal, type WebsiteOf, type WebsiteScoped } from './scope';
import type { Transport } from './transport';

export interface SessionParams extends WebsiteScoped {
  sessionId: string;
}

export interface ConversationFilters extends WebsiteScoped {
  filterUnread?: boolean;
  filterResolved?: boolean;
  filterNotResolved?: boolean;
  filterMention?: boolean;
  /** An operator's user id. */
  filterAssigned?: string;
  filterUnassigned?: boolean;
  filterDateStart?: Date | string;
  filterDateEnd?: Date | string;
  orderDateCreated?: boolean;
  orderDateUpdated?: boolean;
  searchType?: 'text' | 'segment' | 'filter';
  searchQuery?: string;
  /** 20 to 50. */
  perPage?: number;
}

export interface MetaUpdate {
  email?: string;
  nickname?: string;
  phone?: string;
  subject?: string;
  segments?: string[];
  /** Merged into the session data: keys not given are kept. */
  data?: Record<string, SessionDataValue>;
}

const date = (value: Date | string | undefined) => (value instanceof Date ? value.toISOString() : value);

export function conversationOperations(call: Transport, websiteOf: WebsiteOf) {
  const base = (params: WebsiteScoped) => `website/${segment(websiteOf(params.websiteId), 'websiteId')}`;
  const session = (params: SessionParams) => `${base(params)}/conversation/${segment(params.sessionId, 'sessionId')}`;

  const list = async ({ page = 1, ...filters }: ConversationFilters & { page?: number } = {}): Promise<
    Conversation[]
  > => {
    const query = {
      filter_unread: filters.filterUnread,
      filter_resolved: filters.filterResolved,
      filter_not_resolved: filters.filterNotResolved,
      filter_mention: filters.filterMention,
      filter_assigned: filters.filterAssigned,
      filter_unassigned: filters.filterUnassigned,
      filter_date_start: date(filters.filterDateStart),
      filter_date_end: date(filters.filterDateEnd),
      order_date_created: filters.orderDateCreated,
      order_date_updated: filters.orderDateUpdated,
      search_type: filters.searchType,
      search_query: filters.searchQuery,
      per_page: filters.perPage,
    };
    const answer = await call<Conversation[] | null>('GET', `${base(filters)}/conversations/${pageSegment(page)}`, {
      query,
      ...withSignal(filters),
    });
    return answer.data ?? [];
  };

  const getState = async (params: SessionParams): Promise<ConversationState> =>
    (await call<{ state: ConversationState }>('GET', `${session(params)}/state`, withSignal(params))).data.state;

  const setState = async (params: SessionParams & { state: ConversationState }): Promise<void> => {
    await call('PATCH', `${session(params)}/state`, {
      body: { state: params.state },
      idempotent: true,
      ...withSignal(params),
    });
  };

  return {
    /** Starts a conversation; resolves its session id. */
    async create(params: WebsiteScoped = {}): Promise<{ sessionId: string }> {
      const answer = await call<{ session_id: string }>('POST', `${base(params)}/conversation`, withSignal(params));
      return { sessionId: answer.data.session_id };
    },

    async get(params: SessionParams): Promise<Conversation> {
      return (await call<Conversation>('GET', session(params), withSignal(params))).data;
    },

    /** One page (from 1) of conversations; an empty array past the last page. */
    list,

    /** Every conversation matching the filters, page after page, until an empty page. */
    iterate(filters: ConversationFilters = {}): AsyncIterable<Conversation> {
      return everyPage((page) => list({ ...filters, page }));
    },

    /** The latest messages, or those before `timestampBefore` (milliseconds) to go further back. */
    async getMessages(params: SessionParams & { timestampBefore?: number }): Promise<ConversationMessage[]> {
      const answer = await call<ConversationMessage[] | null>('GET', `${session(params)}/messages`, {
        query: { timestamp_before: params.timestampBefore },
        ...withSignal(params),
      });
      return answer.data ?? [];
    },

    /**
     * Sends a message or an internal note. Never retried once it may have been processed (no
     * answer, a 5xx): a `network`, `timeout` or `server` error means "maybe sent"; check
     * `getMessages` before sending again. Rate-limited attempts (not processed) are retried.
     */
    async sendMessage(params: SessionParams & { message: OutgoingMessage }): Promise<{ fingerprint: number }> {
      const { message } = params;
      const body = { from: 'operator', origin: 'chat', ...message };
      const answer = await call<{ fingerprint: number }>('POST', `${session(params)}/message`, {
        body,
        ...withSignal(params),
      });
      return { fingerprint: answer.data.fingerprint };
    },

    getState,
    setState,

    /**
     * Marks the conversation resolved, reading its state first and writing only when it is not
     * resolved yet (a write of the same state adds a confusing line to Crisp's history).
     */
    async resolve(params: SessionParams): Promise<{ changed: boolean }> {
      if ((await getState(params)) == 'resolved') return { changed: false };
      await setState({ ...params, state: 'resolved' });
      return { changed: true };
    },

    async getMeta(params: SessionParams): Promise<ConversationMeta> {
      return (await call<ConversationMeta>('GET', `${session(params)}/meta`, withSignal(params))).data;
    },

    /** Updates the given fields; `data` is merged into the session data. */
    async updateMeta(params: SessionParams & { meta: MetaUpdate }): Promise<void> {
      await call('PATCH', `${session(params)}/meta`, { body: params.meta, idempotent: true, ...withSignal(params) });
    },
  };
}

export type ConversationOperations = ReturnType<typeof conversationOperations>;
