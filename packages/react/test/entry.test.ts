// The package's entry re-exports the core by name (a 'use client' file may not `export *`, see
// src/index.ts): every value the core exports must still be importable from @crispkit/react, and
// be the core's own (one page registry, one client).
import { expect, it } from 'vitest';
import * as core from '@crispkit/core';
import * as react from '@crispkit/react';

it('re-exports every value of @crispkit/core, the same objects', () => {
  const missing = Object.keys(core).filter((name) => !(name in react));
  expect(missing).toEqual([]);
  for (const name of Object.keys(core) as (keyof typeof core)[])
    expect(react[name as keyof typeof react], name).toBe(core[name]);
});
