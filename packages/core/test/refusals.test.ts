// Every vector of Crisp's measured accept/refuse notes, pushed through the kit to a live Crisp,
// in both builds. Development refuses, naming the field, exactly what Crisp refuses (plus junk
// Crisp lets through and then drops or garbles), and lets everything else reach Crisp. Production
// lets Crisp judge: nothing throws into the app, and every refusal reaches onError, Crisp's own
// message included, whether the kit's cheap guards or Crisp refused it.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CrispCommand, CrispKitError } from '@crispkit/core';
import { crispVectors, type CrispVector } from '../../testing/test/vectors/crisp-validators';
import { BUILDS, type Core } from './builds';
import { fakeCrisp, WEBSITE_ID } from './helpers';
import { isJunk } from './junk';

/**
 * A raw `off` would remove the kit's one registration for that event and cut off every other
 * subscriber: the kit refuses it in every build (unsubscribe with what `on` returns).
 */
const isKitRefused = ({ command }: CrispVector): boolean => command[0] === 'off';

const cases = crispVectors.map((vector) => ({ ...vector, label: `${vector.table} ${vector.source}` }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(BUILDS)('%s build: every vector of Crisp v2.7.0, pushed to a live Crisp', (build, load) => {
  let core: Core;
  beforeAll(async () => {
    core = await load();
  });

  it.each(cases)('$label ($accepted)', async (vector) => {
    const onError = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fake = fakeCrisp();
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', onError });
    await core.ready(crisp);
    await fake.settled();
    const before = fake.commands.length;

    expect(() => crisp.push(vector.command as unknown as CrispCommand)).not.toThrow();
    await fake.settled();

    const errors = onError.mock.calls.map(([error]) => error as CrispKitError);
    const reachedCrisp = fake.commands.slice(before).filter(([verb]) => verb !== 'on' && verb !== 'off');
    if (build === 'development') {
      if (vector.accepted && !isJunk(vector) && !isKitRefused(vector)) {
        expect(errors.map((error) => error.message)).toEqual([]);
        expect(fake.errors).toEqual([]);
      } else {
        // Refused before Crisp, naming the field, and warned.
        expect(errors.length, 'reported').toBeGreaterThan(0);
        expect(errors[0]!.field).toBeTruthy();
        expect(warn).toHaveBeenCalledWith(errors[0]!.message);
        expect(fake.errors).toEqual([]);
        // Session data is refused pair by pair: the good pairs of the same call still reach Crisp.
        if (!vector.table.startsWith('session:data'))
          expect(reachedCrisp.filter(([verb]) => verb === vector.command[0])).toEqual([]);
      }
    } else if (vector.accepted && !isKitRefused(vector)) {
      expect(errors.map((error) => error.message)).toEqual([]);
      expect(fake.errors).toEqual([]);
    } else {
      // Reported (with Crisp's own message when Crisp refused it), or sent in a form Crisp takes
      // (segments de-duplicated): never lost in silence.
      if (!errors.length) expect(fake.errors.length === 0 && reachedCrisp.length > 0, 'accepted as sent').toBe(true);
      if (fake.errors.length) expect(errors.some((error) => error.message.includes(vector.error!))).toBe(true);
      expect(warn).not.toHaveBeenCalled();
    }
  });
});
