// crispPlugin: gets the page's client once per app and binds the app-wide inputs to the core.
import { effectScope, onScopeDispose, toValue, watch, type App, type MaybeRefOrGetter } from 'vue';
import {
  contribute,
  createCrisp,
  setVisitor,
  type CrispClient,
  type CrispOptions,
  type CrispSessionData,
  type CrispVisitor,
} from '@crispkit/core';
import { CrispKey } from './injection';

/** The live, app-wide inputs: each a value, a ref or a getter, watched deeply. */
export interface CrispPluginInputs {
  /**
   * Who the visitor is (`tokenId`, `user`, `locale`, `consent`), as the core's `setVisitor` reads
   * it: a token signs in, `null` signs out, `undefined` leaves the session. Pass a getter over
   * your auth state, e.g. `() => ({ tokenId: session.value?.token ?? null })`.
   */
  visitor?: MaybeRefOrGetter<CrispVisitor | null | undefined>;
  /** Session data merged into the session while the app is mounted; only changed keys are pushed. */
  sessionData?: MaybeRefOrGetter<CrispSessionData | null | undefined>;
  /** Segments added to the session while the app is mounted; each is pushed once per session. */
  segments?: MaybeRefOrGetter<string[] | null | undefined>;
}

/** Either the core's options (the plugin creates, or finds, the page's client) or a client. */
export type CrispPluginOptions = CrispPluginInputs &
  ((CrispOptions & { client?: undefined }) | { client: CrispClient; websiteId?: string | undefined });

/**
 * `app.use(crispPlugin({ websiteId, visitor }))`: provides the page's Crisp client to the app's
 * composables and keeps the inputs in sync with Crisp until `app.unmount()`. Several apps, or
 * the same app mounted again, share the page's one client; the first options win.
 */
export function crispPlugin(options: CrispPluginOptions): { install(app: App): void } {
  return {
    install(app) {
      const { visitor, sessionData, segments, ...setup } = options;
      // A visitor with a consent value makes the client require consent, as it must from the start.
      const client =
        setup.client || createCrisp({ ...setup, consent: setup.consent || (toValue(visitor)?.consent && 'required') });
      app.provide(CrispKey, client);
      // The server renders the initial state and sends nothing; its client is inert anyway.
      if (typeof window == 'undefined') return;

      const scope = effectScope(true);
      scope.run(() => {
        const contribution = contribute(client, {});
        onScopeDispose(contribution);
        // One watcher, so that the data is replaced before the visitor changes: a sign-out's new
        // session must not receive the signed-out user's data. Every rule (content comparison,
        // null versus undefined, a grant after a revoke) is the core's.
        watch(
          () => [toValue(visitor), toValue(sessionData), toValue(segments)] as const,
          ([nextVisitor, data, nextSegments]) => {
            contribution.update({ data: data || undefined, segments: nextSegments || undefined });
            setVisitor(client, nextVisitor || {});
          },
          { immediate: true, deep: true },
        );
      });
      // app.onUnmount is Vue 3.5+; on 3.4 the app's own unmount is wrapped instead.
      const stop = () => scope.stop();
      if (app.onUnmount) app.onUnmount(stop);
      else {
        const unmount = app.unmount;
        app.unmount = () => {
          stop();
          unmount();
        };
      }
    },
  };
}
