// bindCrisp: what every framework binding (React, Vue, Nuxt, Svelte) does with its app-wide
// inputs, written once here so that no binding carries a rule of its own.
import type {
  CrispClient,
  CrispContributionHandle,
  CrispOptions,
  CrispSessionData,
  CrispVisitor,
} from '../contract/types';
import { createCrisp } from '../client/create-crisp';
import { contribute } from '../visitor/contribute';
import { setVisitor } from '../visitor/set-visitor';

/** The app-wide inputs a binding takes from its props, options or reactive state. */
export interface CrispBindingInputs {
  /** Who the visitor is (see `setVisitor`): a token signs in, `null` signs out, `undefined` leaves the session. */
  visitor?: CrispVisitor | null | undefined;
  /** Session data merged into every session while bound; only changed keys are pushed. */
  sessionData?: CrispSessionData | null | undefined;
  /** Segments added to every session while bound; each is pushed once per session. */
  segments?: string[] | null | undefined;
}

/** Either the core's options (the page's client is created, or found) or a client, plus the inputs. */
export type CrispBindingOptions = CrispBindingInputs &
  ((CrispOptions & { client?: undefined }) | { client: CrispClient; websiteId?: string | undefined });

/** A binding's hold on the client: `update` on every change of the inputs, `release` at unmount. */
export interface CrispBinding {
  update(inputs: CrispBindingInputs): void;
  release(): void;
}

/**
 * The page's client for a binding's options: the given client, or `createCrisp` with them. A
 * declared `visitor.consent` makes the client require consent from the start, as it must be.
 */
export function clientFor(options: CrispBindingOptions): CrispClient {
  if (options.client) return options.client;
  const { visitor, sessionData: _data, segments: _segments, ...setup } = options;
  return createCrisp({ ...setup, consent: setup.consent || (visitor?.consent && 'required') || undefined });
}

/**
 * Binds app-wide inputs to `crisp` until `release()`. Each `update` applies the visitor first
 * and the page data after it, so that a sign-out and the next page's data changed together
 * never put the new data into the previous visitor's session.
 */
export function bindCrisp(crisp: CrispClient): CrispBinding {
  let contribution: CrispContributionHandle | undefined = contribute(crisp, {});
  return {
    update({ visitor, sessionData, segments }) {
      if (!contribution) return;
      setVisitor(crisp, visitor || {});
      contribution.update({ data: sessionData || undefined, segments: segments || undefined });
    },
    release() {
      contribution?.();
      contribution = undefined;
    },
  };
}
