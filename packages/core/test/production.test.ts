// @vitest-environment node
// Production builds: development checks and messages vanish, refusals still happen.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

const bundle = async (mode: string) => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
};

describe('production build', () => {
  it('drops development messages, name tables, warnings and debug logging', async () => {
    const [dev, prod] = await Promise.all([bundle('development'), bundle('production')]);
    for (const devOnly of [
      'helpdesk:article:open',
      'console.warn',
      'console.debug',
      'wrapped in an array',
      'ISO 639-1',
    ]) {
      expect(dev).toContain(devOnly);
      expect(prod).not.toContain(devOnly);
    }
    // The checks that keep malformed input from Crisp remain.
    expect(prod).toContain('user:email');
    expect(prod).toContain('session:data');
    expect(prod.length).toBeLessThan(dev.length * 0.8);
  });
});
