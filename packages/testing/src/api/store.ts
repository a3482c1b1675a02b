// The fake's data: websites, each with its conversations (state, meta, messages), people (profile,
// data, events) and helpdesk articles. Every write goes through here, so what one route changes
// the others read back.

export type FakeConversationState = 'pending' | 'unresolved' | 'resolved';
export type FakeDataValue = string | number | boolean;

export interface FakeMeta {
  nickname?: string;
  email?: string;
  phone?: string;
  subject?: string;
  segments: string[];
  data: Record<string, FakeDataValue>;
}

export interface FakeMessage {
  session_id: string;
  website_id: string;
  type: string;
  from: 'user' | 'operator';
  origin: string;
  content: unknown;
  fingerprint: number;
  timestamp: number;
  stealth?: boolean;
  user?: Record<string, unknown>;
}

export interface FakeConversation {
  session_id: string;
  website_id: string;
  state: FakeConversationState;
  is_verified: boolean;
  is_blocked: boolean;
  meta: FakeMeta;
  messages: FakeMessage[];
  created_at: number;
  updated_at: number;
}

export interface FakeProfile {
  people_id: string;
  email: string;
  person: Record<string, unknown>;
  company: Record<string, unknown>;
  segments: string[];
  data: Record<string, FakeDataValue>;
  events: { text: string; data?: Record<string, FakeDataValue>; color?: string; timestamp: number }[];
  created_at: number;
  updated_at: number;
}

export interface FakeArticle {
  article_id: string;
  locale: string;
  title: string;
  description?: string;
  content: string;
  slug: string;
  status: 'published' | 'draft';
  created_at: number;
  updated_at: number;
}

export interface FakeWebsite {
  website_id: string;
  conversations: Map<string, FakeConversation>;
  people: Map<string, FakeProfile>;
  articles: FakeArticle[];
}

export interface FakeStore {
  websites: Map<string, FakeWebsite>;
  website(websiteId: string): FakeWebsite;
  now(): number;
  newId(): string;
  nextFingerprint(): number;
}

export function createStore(now: () => number): FakeStore {
  const websites = new Map<string, FakeWebsite>();
  let fingerprint = 0;
  let counter = 0;
  return {
    websites,
    website(websiteId) {
      let website = websites.get(websiteId);
      if (!website) {
        website = { website_id: websiteId, conversations: new Map(), people: new Map(), articles: [] };
        websites.set(websiteId, website);
      }
      return website;
    },
    now,
    newId() {
      // Unique and ordered, in UUID shape, with no dependency on the runtime's randomness.
      counter++;
      const hex = counter.toString(16).padStart(12, '0');
      return `00000000-0000-4000-8000-${hex}`;
    },
    nextFingerprint() {
      fingerprint++;
      return 160_000_000_000_000 + fingerprint;
    },
  };
}

/** A profile by people id or email (emails compared without case, as Crisp does). */
export function findProfile(website: FakeWebsite, people: string): FakeProfile | undefined {
  const byId = website.people.get(people);
  if (byId) return byId;
  const email = people.toLowerCase();
  for (const profile of website.people.values()) if (profile.email.toLowerCase() == email) return profile;
  return undefined;
}

/** Crisp's conversation object (without its messages). */
export function conversationView(conversation: FakeConversation): Record<string, unknown> {
  const last = [...conversation.messages].reverse().find((message) => message.type != 'note');
  return {
    session_id: conversation.session_id,
    website_id: conversation.website_id,
    state: conversation.state,
    status: conversation.state == 'pending' ? 0 : conversation.state == 'unresolved' ? 1 : 2,
    is_verified: conversation.is_verified,
    is_blocked: conversation.is_blocked,
    meta: structuredClone(conversation.meta),
    last_message: last && typeof last.content == 'string' ? last.content : '',
    created_at: conversation.created_at,
    updated_at: conversation.updated_at,
  };
}

export function profileView(profile: FakeProfile): Record<string, unknown> {
  return {
    people_id: profile.people_id,
    email: profile.email,
    person: structuredClone(profile.person),
    company: structuredClone(profile.company),
    segments: [...profile.segments],
    created_at: profile.created_at,
    updated_at: profile.updated_at,
  };
}
