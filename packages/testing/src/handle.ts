// `window.__crispFake`: JSON-safe, read-only views of a page's fake, for tests that drive a real
// browser and read it back through `page.evaluate`.
import type { FakePage } from './loader';
import type { FakeBrowserHandle } from './types';

/** Functions become '[function]' so every view survives structured cloning and JSON. */
export function jsonSafe(value: unknown): unknown {
  if (typeof value === 'function') return '[function]';
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = jsonSafe(item);
    return out;
  }
  return value;
}

export function createHandle(page: FakePage): FakeBrowserHandle {
  const { runtime } = page;
  const settled = () => page.scheduler.settle();
  return {
    get executions() {
      return page.executions;
    },
    get clientInjections() {
      return page.clientInjections;
    },
    get commands() {
      return jsonSafe(runtime.commands) as unknown[];
    },
    get handlers() {
      return [...runtime.handlers.keys()];
    },
    get registrations() {
      return runtime.registrations;
    },
    get session() {
      return runtime.session;
    },
    get sessions() {
      return jsonSafe(runtime.sessions) as FakeBrowserHandle['sessions'];
    },
    get globalsAtInit() {
      return runtime.globalsAtInit;
    },
    get errors() {
      return runtime.errors.map(({ kind, message }) => ({ kind, message }));
    },
    get lost() {
      return jsonSafe(runtime.lost) as unknown[];
    },
    get phoneBacktracking() {
      return runtime.phoneBacktracking;
    },
    visitor: runtime.visitor,
    emit: (event, payload) => runtime.emit(event, payload),
    receiveMessage: (text) => runtime.receiveMessage(text),
    callTool: (name, args = {}) => runtime.callTool(name, args),
    setAvailability: (available) => runtime.setAvailability(available),
    async becomeReady() {
      page.becomeReady();
      await settled();
    },
    async startClient() {
      if (page.startClients() === 0) throw new Error('[crisp-fake] startClient(): no client.js is held');
      await settled();
    },
    async releaseInit() {
      if (!page.releaseInit()) throw new Error('[crisp-fake] releaseInit(): init is not held');
      await settled();
    },
    settled,
  };
}
