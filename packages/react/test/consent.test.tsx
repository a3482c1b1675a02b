// The consent prop: nothing of Crisp before consent, the launcher warms up only after it, a
// revoke and a grant again through the prop.
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { CrispLauncher, CrispProvider, useCrispState, type CrispProviderInputs } from '@crispkit/react';
import { WEBSITE_ID, appCommands, scriptTags, useFake } from './helpers';

const t = useFake({ mode: 'manual' });
afterEach(() => document.head.querySelectorAll('link[rel=prefetch]').forEach((link) => link.remove()));

const prefetches = () => [...document.querySelectorAll('link[rel=prefetch]')].map((link) => link.getAttribute('href'));
const crispCookies = () => document.cookie.split('; ').filter((pair) => pair.startsWith('crisp-client'));

function Consent() {
  return <output>{useCrispState((state) => state.consent)}</output>;
}

function App(props: Pick<CrispProviderInputs, 'visitor'>) {
  return (
    <CrispProvider websiteId={WEBSITE_ID} load="manual" {...props}>
      <Consent />
      <CrispLauncher />
    </CrispProvider>
  );
}

describe('CrispProvider consent', () => {
  it('requests nothing before consent, even when the launcher is hovered and clicked; the grant opens the chat', async () => {
    const view = render(<App visitor={{ consent: 'required' }} />);
    expect(screen.getByRole('status').textContent).toBe('pending');
    const button = screen.getByRole('button', { name: 'Open chat' });
    fireEvent.pointerEnter(button);
    fireEvent.focus(button);
    fireEvent.click(button);
    expect(scriptTags()).toBe(0);
    expect(prefetches()).toEqual([]);
    expect(document.querySelectorAll('link[rel=preconnect]')).toHaveLength(0);

    view.rerender(<App visitor={{ consent: 'granted' }} />);
    expect(screen.getByRole('status').textContent).toBe('granted');
    expect(scriptTags()).toBe(1);
    await act(() => t.fake.load());
    expect(t.fake.session.chatOpened).toBe(true);
    expect(appCommands(t.fake)).toEqual(['["do","chat:open"]']);
  });

  it('after consent the launcher warms up once, however often it is hovered', () => {
    render(<App visitor={{ consent: 'granted' }} />);
    const button = screen.getByRole('button', { name: 'Open chat' });
    fireEvent.pointerEnter(button);
    fireEvent.pointerEnter(button);
    fireEvent.focus(button);
    expect(prefetches()).toEqual([
      'https://client.crisp.chat/l.js',
      'https://client.crisp.chat/static/javascripts/client.js',
      'https://client.crisp.chat/static/stylesheets/client_default.css',
    ]);
    expect(t.fake.requests).toBe(0);
  });

  it("revoked through the prop: the chat hidden and Crisp's cookies gone; granted again: a new session, signed in again", async () => {
    const view = render(<App visitor={{ consent: 'granted', tokenId: 'token-of-ada' }} />);
    act(() => screen.getByRole('button').click());
    await act(() => t.fake.load());
    expect(t.fake.session.sessionId).toBe('session_tok_token-of-ada');
    // Crisp keeps the website's session cookie and, with a token, the token's one.
    expect(crispCookies()).toHaveLength(2);

    view.rerender(<App visitor={{ consent: 'revoked', tokenId: 'token-of-ada' }} />);
    await act(() => t.fake.settled());
    expect(screen.getByRole('status').textContent).toBe('revoked');
    expect(t.fake.session.chatVisible).toBe(false);
    expect(crispCookies()).toEqual([]);

    view.rerender(<App visitor={{ consent: 'granted', tokenId: 'token-of-ada' }} />);
    await act(() => t.fake.settled());
    expect(t.fake.session.chatVisible).toBe(true);
    expect(t.fake.session.sessionId).toBe('session_tok_token-of-ada');
    expect(t.fake.requests).toBe(1);
  });
});
