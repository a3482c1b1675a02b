// Crisp's message shapes: what `message:send` / `message:show` take and what message and
// typing events carry. Types only.

export interface CrispFile {
  url: string;
  type: string;
  name: string;
}
export interface CrispAnimation {
  url: string;
  type: string;
}
export interface CrispAudio {
  url: string;
  type: string;
  duration: number;
}
export interface CrispPicker {
  id: string;
  text: string;
  choices: { value: string; label: string; selected: boolean }[];
}
export interface CrispField {
  id: string;
  text: string;
  explain: string;
}
export interface CrispCarousel {
  text: string;
  targets: {
    title: string;
    description?: string;
    image?: string;
    actions: { label: string; url: string }[];
  }[];
}

/** What `message:send` can send. */
export type CrispSendableMessage =
  ['text', string] | ['file', CrispFile] | ['animation', CrispAnimation] | ['audio', CrispAudio];

/** What `message:show` can show: everything sendable plus interactive messages. */
export type CrispShowableMessage =
  CrispSendableMessage | ['picker', CrispPicker] | ['field', CrispField] | ['carousel', CrispCarousel];

interface CrispMessageBase {
  from: 'user' | 'operator';
  /** `'chat'` for the conversation, `'local'` for `message:show`; other values may appear. */
  origin: string;
  timestamp: number;
  fingerprint: number;
}

/**
 * A message as Crisp's `message:sent` / `message:received` handlers receive it (shape inferred
 * from Crisp's client). Narrow on `type`: `content` is a `string` for `'text'`.
 */
export type CrispMessage = CrispMessageBase &
  (
    | { type: 'text'; content: string }
    | { type: 'file'; content: CrispFile }
    | { type: 'animation'; content: CrispAnimation }
    | { type: 'audio'; content: CrispAudio }
    | { type: 'picker'; content: CrispPicker }
    | { type: 'field'; content: CrispField }
    | { type: 'carousel'; content: CrispCarousel }
  );

/** A typing notification (inferred). */
export interface CrispCompose {
  type: 'start' | 'stop';
  excerpt?: string;
  timestamp: number;
}
