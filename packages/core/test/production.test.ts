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
      // Warnings, logging and the long explanations.
      'console.warn',
      'console.debug',
      '[email]',
      'no such verb',
      'is not an email',
      'Crisp would drop it',
      'chat:initiated',
      'ISO 639-1',
      'must be a string or a number',
      'one page holds one Crisp website',
    ]) {
      expect(dev).toContain(devOnly);
      expect(prod).not.toContain(devOnly);
    }
    // Crisp's vocabulary is not kept (Crisp judges names in production), but the guards are: the
    // data-key rule and the linear phone check, with the commands the kit itself speaks.
    for (const name of ['helpdesk:article:open', 'message:thread:start', 'availability:tooltip', 'show:operator:count'])
      expect(prod).not.toContain(name);
    expect(prod).toContain('{1,50}');
    expect(prod).toContain('extension');
    expect(prod).toContain('session:data');
    expect(prod).toContain('session:segments');
    expect(prod).toContain('message:received');
  });
});
