// Optional Vitest globalSetup for the e2e project: builds everything once, before any test file,
// so a build failure is reported once. Without it each file's beforeAll builds on demand (the
// content-hash cache in build.ts makes the second file a no-op), so the suite works either way.
import { appExists, prepare, prepareApp, prepareNuxtApp, type AppName } from './build';
import { NEXT_BUILDS, prepareNext } from './next';

export default async function setup(): Promise<void> {
  try {
    await prepare();
    for (const app of ['react-router', 'vue-router', 'sveltekit', 'plain-html', 'playground'] as AppName[])
      if (appExists(app)) await prepareApp(app);
    // One build per Next.js target, shared by every test that starts it (about a minute in all).
    for (const build of NEXT_BUILDS) await prepareNext(build);
    await prepareNuxtApp();
  } catch (error) {
    // Printed, not thrown: a global setup that throws aborts the whole Vitest run, every other
    // project included, which then reports no test at all. Each browser test file builds again
    // in its beforeAll and fails with this same output.
    console.error(`e2e: the build before the browser tests failed; their files will report it.\n${error}`);
  }
}
