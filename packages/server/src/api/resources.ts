// What Crisp answers, typed as Crisp names it (snake_case). Each shape lists the fields apps use;
// the index signatures keep whatever else Crisp sends, since it adds fields over time.

export type ConversationState = 'pending' | 'unresolved' | 'resolved';

export type SessionDataValue = string | number | boolean;

export interface ConversationMeta {
  nickname?: string;
  email?: string;
  phone?: string;
  subject?: string;
  segments?: string[];
  /** The session data (`session:data` in the browser). */
  data?: Record<string, SessionDataValue>;
  [field: string]: unknown;
}

export interface Conversation {
  session_id: string;
  website_id: string;
  state: ConversationState;
  /** True when the visitor's email came with a valid identity-verification signature. */
  is_verified?: boolean;
  is_blocked?: boolean;
  meta: ConversationMeta;
  /** Milliseconds since the epoch. */
  created_at: number;
  updated_at: number;
  last_message?: string;
  [field: string]: unknown;
}

/** A message as Crisp stores it. */
export interface ConversationMessage {
  session_id: string;
  website_id: string;
  type: string;
  from: 'user' | 'operator';
  origin: string;
  content: unknown;
  fingerprint: number;
  timestamp: number;
  stealth?: boolean;
  user?: { user_id?: string; nickname?: string; avatar?: string; [field: string]: unknown };
  [field: string]: unknown;
}

export interface PeopleProfile {
  people_id: string;
  email: string;
  person?: { nickname?: string; avatar?: string; phone?: string; [field: string]: unknown };
  company?: { name?: string; url?: string; [field: string]: unknown };
  segments?: string[];
  [field: string]: unknown;
}

export interface HelpdeskArticle {
  article_id: string;
  title: string;
  description?: string;
  content?: string;
  slug?: string;
  status?: string;
  url?: string;
  [field: string]: unknown;
}

export type EventColor =
  'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple' | 'pink' | 'brown' | 'grey' | 'black';
