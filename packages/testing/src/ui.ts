// A small stand-in for Crisp's chatbox, drawn from the runtime's state: launcher with unread badge,
// a panel with the conversation and a composer, in the client's locale. Only for demos and browser
// tests that look at it.
import { localeOf } from './globals';
import { widgetStrings } from './i18n';
import type { ClientRuntime } from './runtime';
import type { WidgetStrings } from './i18n';
import type { FakeMessage, FakeSessionState } from './types';

const CSS = `
.cf-root{position:fixed;right:20px;bottom:20px;z-index:1000000;display:flex;flex-direction:column;align-items:flex-end;gap:12px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1c293b}
.cf-root.cf-left{right:auto;left:20px;align-items:flex-start}
.cf-root[hidden],.cf-panel[hidden],.cf-badge[hidden]{display:none}
.cf-launcher{position:relative;width:60px;height:60px;border-radius:50%;border:0;background:#1972F5;color:#fff;cursor:pointer;display:grid;place-items:center;box-shadow:0 6px 18px rgba(25,114,245,.35);transition:transform .15s ease}
.cf-launcher:hover{transform:scale(1.06)}
.cf-launcher:focus-visible,.cf-send:focus-visible,.cf-close:focus-visible{outline:3px solid #9cc1fb;outline-offset:2px}
.cf-launcher svg{width:28px;height:28px}
.cf-badge{position:absolute;top:-3px;right:-3px;min-width:22px;height:22px;padding:0 6px;box-sizing:border-box;border:2px solid #fff;border-radius:11px;background:#e5383b;color:#fff;font-size:12px;font-weight:600;line-height:18px;text-align:center}
.cf-panel{width:340px;max-width:calc(100vw - 40px);height:460px;max-height:calc(100vh - 120px);display:flex;flex-direction:column;overflow:hidden;background:#fff;border-radius:16px;box-shadow:0 14px 44px rgba(15,23,42,.2)}
.cf-header{display:flex;align-items:center;gap:10px;padding:16px 18px;background:#1972F5;color:#fff}
.cf-title{font-size:16px;font-weight:600}
.cf-status{display:flex;align-items:center;gap:6px;font-size:12px;opacity:.92}
.cf-dot{width:8px;height:8px;border-radius:50%;background:#4ade80}
.cf-away .cf-dot{background:#fbbf24}
.cf-close{margin-left:auto;padding:4px;border:0;background:transparent;color:#fff;cursor:pointer;display:grid;place-items:center}
.cf-close svg{width:18px;height:18px}
.cf-messages{flex:1;margin:0;padding:16px;list-style:none;overflow-y:auto;display:flex;flex-direction:column;gap:8px;background:#f5f8fc}
.cf-msg{max-width:78%;padding:8px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere}
.cf-user{align-self:flex-end;background:#1972F5;color:#fff;border-bottom-right-radius:4px}
.cf-operator{align-self:flex-start;background:#fff;border:1px solid #e2e8f0;border-bottom-left-radius:4px}
.cf-empty{margin:auto;color:#8a94a6;font-size:13px;text-align:center}
.cf-composer{display:flex;gap:8px;padding:10px;border-top:1px solid #e2e8f0;background:#fff}
.cf-input{flex:1;min-width:0;padding:9px 14px;border:1px solid #d5dce6;border-radius:20px;font:inherit;color:inherit;outline:none}
.cf-input:focus{border-color:#1972F5}
.cf-send{width:38px;height:38px;border:0;border-radius:50%;background:#1972F5;color:#fff;cursor:pointer;display:grid;place-items:center}
.cf-send svg{width:18px;height:18px}
`;

const ICON_CHAT = 'M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4V6a2 2 0 0 1 1-2z';
const ICON_CLOSE = 'M6 6l12 12M18 6L6 18';
const ICON_SEND = 'M3 20.5 21 12 3 3.5V10l12 2-12 2z';

function icon(doc: Document, path: string, stroke = false): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const shape = doc.createElementNS(ns, 'path');
  shape.setAttribute('d', path);
  if (stroke) {
    shape.setAttribute('fill', 'none');
    shape.setAttribute('stroke', 'currentColor');
    shape.setAttribute('stroke-width', '2.2');
    shape.setAttribute('stroke-linecap', 'round');
  } else shape.setAttribute('fill', 'currentColor');
  svg.appendChild(shape);
  return svg;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** What a non-text message shows as, in one line. */
function describe(message: FakeMessage): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  const record = (content ?? {}) as Record<string, unknown>;
  const label = record.text ?? record.name ?? record.url;
  return `[${message.type}]${typeof label === 'string' ? ` ${label}` : ''}`;
}

/**
 * Styles go through a constructed stylesheet where supported, which a strict CSP allows; the
 * fallback `<style>` carries the `CRISP_INCLUDE_ATTRS` nonce (the loader's copy) like Crisp's CSS.
 */
function applyStyles(win: Window, root: ShadowRoot | HTMLElement, nonce: string | undefined): void {
  const Sheet = (win as unknown as { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
  if (root.nodeType === 11 && Sheet && 'adoptedStyleSheets' in root) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = win.document.createElement('style');
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = CSS;
  root.appendChild(style);
}

/** Draws the widget once the first session exists; returns a function that removes it. */
export function mountWidget(win: Window, runtime: ClientRuntime): () => void {
  const doc = win.document;
  let host: HTMLElement | null = null;
  let render: ((state: FakeSessionState) => void) | null = null;

  const build = () => {
    host = doc.createElement('div');
    host.setAttribute('data-crisp-fake', 'widget');
    // Crisp's client names its chatbox and its message field so; code that moves focus into the
    // chat (the kit's launcher) finds them by these names.
    host.id = 'crisp-chatbox';
    const root = typeof host.attachShadow === 'function' ? host.attachShadow({ mode: 'open' }) : host;
    const nonce = runtime.globalsAtInit.includeAttrs?.nonce;
    applyStyles(win, root, typeof nonce === 'string' ? nonce : undefined);

    const wrapper = el(doc, 'div', 'cf-root');
    const panel = el(doc, 'section', 'cf-panel');
    const header = el(doc, 'header', 'cf-header');
    const heading = el(doc, 'div', '');
    const title = el(doc, 'div', 'cf-title');
    const status = el(doc, 'div', 'cf-status');
    const statusText = el(doc, 'span', '');
    status.append(el(doc, 'span', 'cf-dot'), statusText);
    heading.append(title, status);
    const close = el(doc, 'button', 'cf-close');
    close.type = 'button';
    close.appendChild(icon(doc, ICON_CLOSE, true));
    header.append(heading, close);

    const list = el(doc, 'ol', 'cf-messages');
    const form = el(doc, 'form', 'cf-composer');
    const input = el(doc, 'input', 'cf-input');
    input.name = 'message';
    const send = el(doc, 'button', 'cf-send');
    send.type = 'submit';
    send.appendChild(icon(doc, ICON_SEND));
    form.append(input, send);
    panel.append(header, list, form);

    const launcher = el(doc, 'button', 'cf-launcher');
    launcher.type = 'button';
    const badge = el(doc, 'span', 'cf-badge');
    wrapper.append(panel, launcher);
    root.appendChild(wrapper);
    (doc.body ?? doc.documentElement).appendChild(host);

    // The visitor's clicks are not commands: they change state and fire events, like Crisp's UI.
    const attempt = (action: () => void) => {
      try {
        action();
      } catch {
        // No session any more (a reset in progress): ignore the click, as a reloading chatbox would.
      }
    };
    launcher.addEventListener('click', () => attempt(() => runtime.visitor.toggle()));
    close.addEventListener('click', () => attempt(() => runtime.visitor.close()));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      input.value = '';
      attempt(() => runtime.visitor.send(text));
    });

    let shownMessages: readonly FakeMessage[] | null = null;
    let shownComposer = '';
    let shownStrings: WidgetStrings | null = null;
    render = (state) => {
      // The locale the client runs with: the loader's copy, replaced at each reset.
      const strings = widgetStrings(localeOf(runtime.globalsAtInit));
      const relabel = strings !== shownStrings;
      if (relabel) {
        shownStrings = strings;
        panel.setAttribute('aria-label', strings.chat);
        title.textContent = strings.title;
        close.setAttribute('aria-label', strings.close);
        input.placeholder = strings.placeholder;
        input.setAttribute('aria-label', strings.message);
        send.setAttribute('aria-label', strings.send);
      }
      wrapper.hidden = !state.chatVisible;
      wrapper.classList.toggle('cf-left', state.config['position:reverse'] === true);
      const zIndex = state.config['container:index'];
      wrapper.style.zIndex = typeof zIndex === 'number' ? String(zIndex) : '';
      panel.hidden = !state.chatOpened;
      status.classList.toggle('cf-away', !state.websiteAvailable);
      statusText.textContent = state.websiteAvailable ? strings.online : strings.away;
      launcher.replaceChildren(icon(doc, state.chatOpened ? ICON_CLOSE : ICON_CHAT, state.chatOpened), badge);
      launcher.setAttribute('aria-label', state.chatOpened ? strings.close : strings.open);
      badge.textContent = String(state.unreadCount);
      badge.hidden = state.unreadCount === 0;
      if (state.composerText !== shownComposer) input.value = shownComposer = state.composerText;

      const same =
        shownMessages?.length === state.messages.length &&
        shownMessages.every((m, i) => m.fingerprint === state.messages[i]?.fingerprint);
      if (!same || relabel) {
        shownMessages = state.messages;
        list.replaceChildren(
          ...(state.messages.length === 0
            ? [el(doc, 'li', 'cf-empty', strings.empty)]
            : state.messages.map((m) =>
                el(doc, 'li', `cf-msg cf-${m.from === 'user' ? 'user' : 'operator'}`, describe(m)),
              )),
        );
        list.scrollTop = list.scrollHeight;
      }
    };
  };

  const update = () => {
    const state = runtime.session;
    // Nothing is drawn until the session exists: for `never-ready` or `silent` nothing appears.
    if (!host && state.sessionId === null) return;
    if (!host) build();
    render?.(state);
  };
  const unsubscribe = runtime.subscribe(update);
  return () => {
    unsubscribe();
    host?.remove();
    host = null;
  };
}
