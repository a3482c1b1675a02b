// The widget's few words in the locales the fake speaks. Crisp's chatbox follows the locale the
// client runs with (`CRISP_RUNTIME_CONFIG.locale`), so a test can see that a locale reached it.

export interface WidgetStrings {
  readonly title: string;
  readonly chat: string;
  readonly open: string;
  readonly close: string;
  readonly online: string;
  readonly away: string;
  readonly placeholder: string;
  readonly message: string;
  readonly send: string;
  readonly empty: string;
}

const en: WidgetStrings = {
  title: 'Chat with us',
  chat: 'Chat',
  open: 'Open chat',
  close: 'Close chat',
  online: 'We are online',
  away: 'We are away',
  placeholder: 'Compose your message…',
  message: 'Message',
  send: 'Send',
  empty: 'Ask us anything, we are here to help.',
};

const STRINGS: Readonly<Record<string, WidgetStrings>> = {
  en,
  fr: {
    title: 'Discutez avec nous',
    chat: 'Discussion',
    open: 'Ouvrir la discussion',
    close: 'Fermer la discussion',
    online: 'Nous sommes en ligne',
    away: 'Nous sommes absents',
    placeholder: 'Écrivez votre message…',
    message: 'Message',
    send: 'Envoyer',
    empty: 'Posez-nous vos questions, nous sommes là pour vous aider.',
  },
  de: {
    title: 'Chatten Sie mit uns',
    chat: 'Chat',
    open: 'Chat öffnen',
    close: 'Chat schließen',
    online: 'Wir sind online',
    away: 'Wir sind abwesend',
    placeholder: 'Schreiben Sie Ihre Nachricht…',
    message: 'Nachricht',
    send: 'Senden',
    empty: 'Fragen Sie uns alles, wir helfen gern.',
  },
  es: {
    title: 'Chatea con nosotros',
    chat: 'Chat',
    open: 'Abrir el chat',
    close: 'Cerrar el chat',
    online: 'Estamos en línea',
    away: 'Estamos ausentes',
    placeholder: 'Escribe tu mensaje…',
    message: 'Mensaje',
    send: 'Enviar',
    empty: 'Pregúntanos lo que quieras, estamos aquí para ayudarte.',
  },
};

/** The strings for a locale such as `'fr'` or `'fr-CA'` (its language decides); English otherwise. */
export function widgetStrings(locale: string | undefined): WidgetStrings {
  const language = locale?.toLowerCase().split(/[-_]/)[0] ?? '';
  return STRINGS[language] ?? en;
}
