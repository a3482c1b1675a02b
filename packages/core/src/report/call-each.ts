// Calling every subscriber of one change: the state's listeners and an event's handlers alike.
import type { Report } from './errors';

/**
 * Calls each of `functions` with `value`, on a copy of the set (a function added meanwhile waits
 * for the next change: one that subscribes itself again would otherwise loop forever). One that
 * throws is reported as `field` and does not stop the others.
 */
export function callEach<T>(functions: Set<(value: T) => void>, value: T, report: Report, field: string): void {
  [...functions].forEach((call) => {
    try {
      call(value);
    } catch (error) {
      report(field, error);
    }
  });
}
