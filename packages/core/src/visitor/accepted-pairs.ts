// acceptedPairs: the session-data pairs Crisp accepts, checked one by one.
import type { CrispPrimitive } from '../protocol/protocol';
import type { Report } from '../report/errors';
import { refusalOf } from '../development/refusal-of';
import { isDataKey, isDataValue } from '../protocol/guards';
import { textOf } from '../protocol/text-of';

/**
 * The session-data pairs Crisp accepts. One bad pair would make it drop the whole command, good
 * pairs included (silently, before its client is live), so only that pair is refused and reported.
 */
export const acceptedPairs = (pairs: unknown[][], report: Report): [string, CrispPrimitive][] =>
  pairs.filter((pair) => {
    if (!Array.isArray(pair)) return report('session:data');
    const [name, value] = pair as unknown[];
    const field = (isDataKey(name) ? 'session:data ' : 'session:data key ') + textOf(name);
    if (process.env.NODE_ENV !== 'production') {
      const refusal = refusalOf(['set', 'session:data', [name, value]]);
      if (refusal) return report(field, refusal);
    }
    return (isDataKey(name) && isDataValue(value)) || report(field);
  }) as [string, CrispPrimitive][];
