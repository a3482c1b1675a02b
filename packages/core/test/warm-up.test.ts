// warmUp / warmUpOnIntent: a preconnect and prefetches once per page, never before consent.
import { describe, expect, it } from 'vitest';
import { grantConsent, revokeConsent, warmUp, warmUpOnIntent } from '@crispkit/core';
import { setup } from './helpers';

const hints = () =>
  [...document.querySelectorAll<HTMLLinkElement>('link[rel=preconnect], link[rel=prefetch]')].map((link) => [
    link.rel,
    link.getAttribute('href'),
  ]);

const CRISP_HINTS = [
  ['preconnect', 'https://client.crisp.chat'],
  ['prefetch', 'https://client.crisp.chat/l.js'],
  ['prefetch', 'https://client.crisp.chat/static/javascripts/client.js'],
  ['prefetch', 'https://client.crisp.chat/static/stylesheets/client_default.css'],
];

describe('warmUp', () => {
  it('preconnects and prefetches l.js, client.js and the stylesheet once, however often called', () => {
    const { crisp } = setup();
    warmUp(crisp);
    warmUp(crisp);
    expect(hints()).toEqual(CRISP_HINTS);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('does nothing while consent is pending or revoked, and warms up after the grant', () => {
    const { crisp } = setup({ consent: 'required' });
    warmUp(crisp);
    expect(hints()).toEqual([]);
    revokeConsent(crisp);
    warmUp(crisp);
    expect(hints()).toEqual([]);
    grantConsent(crisp);
    warmUp(crisp);
    expect(hints()).toEqual(CRISP_HINTS);
  });

  it('does nothing once loading has started', () => {
    const { crisp } = setup();
    crisp.load();
    warmUp(crisp);
    expect(hints()).toEqual([]);
  });

  it("uses the script URL's origin and the nonce", () => {
    const { crisp } = setup({ scriptUrl: 'https://crisp.example.com/l.js', nonce: 'n0nce' });
    warmUp(crisp);
    expect(hints().map(([, href]) => href)).toEqual([
      'https://crisp.example.com',
      'https://crisp.example.com/l.js',
      'https://crisp.example.com/static/javascripts/client.js',
      'https://crisp.example.com/static/stylesheets/client_default.css',
    ]);
    const links = [...document.querySelectorAll<HTMLLinkElement>('link')];
    expect(links.map((link) => link.nonce)).toEqual(['n0nce', 'n0nce', 'n0nce', 'n0nce']);
  });
});

describe('warmUpOnIntent', () => {
  it('warms up on pointer enter or focus, once', () => {
    const { crisp } = setup();
    const button = document.body.appendChild(document.createElement('button'));
    warmUpOnIntent(crisp, button);
    button.dispatchEvent(new Event('focus'));
    button.dispatchEvent(new Event('pointerenter'));
    button.dispatchEvent(new Event('pointerenter'));
    expect(hints()).toEqual(CRISP_HINTS);
  });

  it('the cleanup removes the listeners', () => {
    const { crisp } = setup();
    const button = document.body.appendChild(document.createElement('button'));
    warmUpOnIntent(crisp, button)();
    button.dispatchEvent(new Event('pointerenter'));
    button.dispatchEvent(new Event('focus'));
    expect(hints()).toEqual([]);
  });
});
