// The messages an operator (or a bot acting as one) can send into a conversation, one member per
// Crisp message type, so the `content` that goes with each type is checked at compile time.

/** Who the message appears to come from. Default: the website's operator identity. */
export interface MessageAuthor {
  type?: 'participant' | 'website';
  nickname?: string;
  /** An https URL. */
  avatar?: string;
}

interface MessageBase {
  /** Default `operator`. */
  from?: 'operator' | 'user';
  /** Default `chat`; `email`, or an `urn:` naming an integration. */
  origin?: string;
  user?: MessageAuthor;
  /** Crisp's id for the message; Crisp makes one when absent. */
  fingerprint?: number;
  /** Sent without notifying the visitor. */
  stealth?: boolean;
  /** Operator ids to notify. */
  mentions?: string[];
}

export interface TextMessage extends MessageBase {
  type: 'text';
  content: string;
}

/** An internal note: operators see it, the visitor never does. */
export interface NoteMessage extends MessageBase {
  type: 'note';
  content: string;
}

export interface FileMessage extends MessageBase {
  type: 'file';
  content: { name: string; url: string; /** MIME type */ type: string };
}

export interface AnimationMessage extends MessageBase {
  type: 'animation';
  content: { url: string; /** MIME type */ type: string };
}

export interface AudioMessage extends MessageBase {
  type: 'audio';
  content: { url: string; /** MIME type */ type: string; /** seconds */ duration: number };
}

export interface PickerChoice {
  value: string;
  label: string;
  selected: boolean;
  action?: { type: 'frame' | 'link'; target: string };
}

export interface PickerMessage extends MessageBase {
  type: 'picker';
  content: { id: string; text: string; choices: PickerChoice[]; required?: boolean };
}

export interface FieldMessage extends MessageBase {
  type: 'field';
  content: { id: string; text: string; explain: string; value?: string; required?: boolean };
}

export interface CarouselTarget {
  title: string;
  description?: string;
  image?: string;
  actions: { label: string; url: string }[];
}

export interface CarouselMessage extends MessageBase {
  type: 'carousel';
  content: { text: string; targets: CarouselTarget[] };
}

/** A message to send, by type. */
export type OutgoingMessage =
  | TextMessage
  | NoteMessage
  | FileMessage
  | AnimationMessage
  | AudioMessage
  | PickerMessage
  | FieldMessage
  | CarouselMessage;

export type MessageType = OutgoingMessage['type'];
