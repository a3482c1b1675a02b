// crispPlugin: gets the page's client once per app and binds the app-wide inputs to the core.
import { effectScope, onScopeDispose, toValue, watch, type App, type MaybeRefOrGetter } from 'vue';
import {
  bindCrisp,
  clientFor,
  type CrispBindingOptions,
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
  (
    | (Omit<CrispOptions, 'tokenId' | 'locale'> & {
        client?: undefined;
        /** @deprecated Pass `visitor: { tokenId }`; read until the next minor version. */
        tokenId?: string | number | undefined;
        /** @deprecated Pass `visitor: { locale }`; read until the next minor version. */
        locale?: string | undefined;
      })
    | { client: CrispClient; websiteId?: string | undefined }
  );

let warned = false;

/**
 * The visitor the options declare: `visitor`, or the top-level `tokenId` and `locale` of earlier
 * versions, which mean the same as in `visitor` (the same shape in every crispkit binding).
 */
function visitorOf(options: CrispPluginOptions): CrispPluginInputs['visitor'] {
  const { visitor } = options;
  const { tokenId, locale } = options as { tokenId?: string | number; locale?: string };
  if (visitor !== undefined || (tokenId === undefined && locale === undefined)) return visitor;
  if (process.env.NODE_ENV !== 'production' && !warned) {
    warned = true;
    console.warn(
      'crispkit: crispPlugin({ tokenId, locale }) are deprecated; pass crispPlugin({ visitor: { tokenId, locale } }) (the same shape in every crispkit binding).',
    );
  }
  return { tokenId, locale };
}

/**
 * `app.use(crispPlugin({ websiteId, visitor }))`: provides the page's Crisp client to the app's
 * composables and keeps the inputs in sync with Crisp until `app.unmount()`. Several apps, or
 * the same app mounted again, share the page's one client; the first options win.
 */
export function crispPlugin(options: CrispPluginOptions): { install(app: App): void } {
  return {
    install(app) {
      const { sessionData, segments } = options;
      const visitor = visitorOf(options);
      const {
        tokenId: _tokenId,
        locale: _locale,
        ...setup
      } = options as CrispPluginOptions & { tokenId?: unknown; locale?: unknown };
      const client = clientFor({ ...setup, visitor: toValue(visitor) } as CrispBindingOptions);
      app.provide(CrispKey, client);
      // The server renders the initial state and sends nothing; its client is inert anyway.
      if (typeof window == 'undefined') return;

      const scope = effectScope(true);
      scope.run(() => {
        const binding = bindCrisp(client);
        onScopeDispose(binding.release);
        // One watcher over every input; the order of visitor and data is the core's.
        watch(
          () => ({ visitor: toValue(visitor), sessionData: toValue(sessionData), segments: toValue(segments) }),
          (inputs) => binding.update(inputs),
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
