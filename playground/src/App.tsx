// The playground's layout and its single CrispProvider, fed by the identity/locale controls.
import { useState } from 'react';
import { CrispLauncher, CrispProvider, useCrispHidden, type CrispKitError } from '@crispkit/react';
import { setup } from './setup';
import { DEMO_USER, rememberSignedIn, useSignedIn } from './lib/demo-user';
import { addLog } from './lib/log-store';
import { useTrackRouteChanges } from './lib/route-changes';
import { Header } from './components/Header';
import { SetupPanel } from './components/SetupPanel';
import { IdentityPanel } from './components/IdentityPanel';
import { SimPanel } from './components/SimPanel';
import { CommandConsole } from './components/CommandConsole';
import { EventLog, EventTaps } from './components/EventLog';
import { CommandsReached } from './components/CommandsReached';
import { StatePanel } from './components/StatePanel';
import { AppPreview } from './components/AppPreview';
import { RouteTool } from './components/RouteTool';

// Module-level so the provider's client gets one stable onError (it is read once, at creation).
const reportKitError = (error: CrispKitError) => addLog('error', error.field, error.message);

/** Mounted only to call the hook: the toggle shows how useCrispHidden is used. */
function HideChat(): null {
  useCrispHidden(true);
  return null;
}

export function App() {
  const signedIn = useSignedIn();
  const [locale, setLocale] = useState('en');
  const [hidden, setHidden] = useState(false);
  useTrackRouteChanges();

  return (
    <CrispProvider
      {...setup.options}
      onError={reportKitError}
      // null = signed out: the provider runs the kit's logout (token cleared, session reset).
      visitor={{
        tokenId: signedIn ? DEMO_USER.tokenId : null,
        user: signedIn ? DEMO_USER.user : null,
        locale,
      }}
      sessionData={signedIn ? DEMO_USER.data : null}
      segments={signedIn ? DEMO_USER.segments : null}
    >
      <EventTaps />
      <RouteTool />
      {hidden && <HideChat />}
      <div className="shell">
        <Header />
        <main className="columns">
          <aside className="col col-setup">
            <SetupPanel />
            <IdentityPanel
              signedIn={signedIn}
              onSignIn={rememberSignedIn}
              locale={locale}
              onLocale={setLocale}
              hidden={hidden}
              onHidden={setHidden}
            />
            {setup.mode === 'simulated' && <SimPanel />}
          </aside>
          <section className="col col-console">
            <CommandConsole />
            <EventLog />
            <CommandsReached />
          </section>
          <section className="col col-app">
            <StatePanel />
            <AppPreview />
          </section>
        </main>
      </div>
      {/* The facade only makes sense when nothing loads Crisp on its own. */}
      {(setup.strategy === 'interaction' || setup.strategy === 'manual') && (
        <CrispLauncher
          fallback={
            <a className="launcher-fallback" href="mailto:support@example.com">
              Chat unavailable: email us
            </a>
          }
        />
      )}
    </CrispProvider>
  );
}
