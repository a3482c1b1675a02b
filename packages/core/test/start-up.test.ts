// Issue 21 point 4: what the kit costs a page at start. Reading `document.cookie` makes the page
// wait on the browser's cookie store (in Chromium a synchronous call to another process), the
// largest part of the kit's start-up in the bench: the typical start must not read it. What the
// cookies decide (whether a sign-out replaces a restored session) is tested in boundaries (f).
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '@crispkit/core';
import { installFakeCrisp, type FakeCrisp } from '@crispkit/testing';
import { WEBSITE_ID } from './helpers';

let fake: FakeCrisp | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  fake?.uninstall();
});

const watchCookieReads = () => vi.spyOn(Document.prototype, 'cookie', 'get');

describe('start-up: Crisp cookies are read when the visitor first changes, not at start', () => {
  it('the typical start (create, user, data, a handler) reads no cookie', () => {
    fake = installFakeCrisp();
    const reads = watchCookieReads();
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID });
    core.setUser(crisp, { email: 'ada@example.com' });
    core.setSessionData(crisp, { plan: 'pro' });
    crisp.on('message:received', () => {});
    expect(reads).not.toHaveBeenCalled();
  });
});
