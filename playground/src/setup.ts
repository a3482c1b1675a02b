// This page's setup, computed once at start-up; the fake's config is written before the kit
// can request l.js, because the fake reads `window.__CRISP_FAKE__` only when l.js runs.
import type { FakeBrowserConfig } from '@crispkit/testing';
import { readSettings } from './settings';

export const setup = readSettings(window.location.search, import.meta.env);

if (setup.fake) (window as Window & { __CRISP_FAKE__?: FakeBrowserConfig }).__CRISP_FAKE__ = setup.fake;

/** Milliseconds since navigation start, when this module ran: shown to prove nothing reloads. */
export const PAGE_STARTED_AT = Date.now() - performance.now();
