// The browser build (`browser` export condition) replaces the server-rendering client: a browser
// bundle that still runs without a window says why, naming the build to use, instead of failing
// later on a missing global.
import { expect, test } from 'vitest';
import { createServerClient } from '../src/client/no-server-client';

test('the browser build refuses to run without a window, naming the field', () => {
  expect(() => createServerClient({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' })).toThrow(
    expect.objectContaining({ field: 'window', message: expect.stringContaining('browser build') }),
  );
});
