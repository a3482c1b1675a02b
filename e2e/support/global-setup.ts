// Optional Vitest globalSetup for the e2e project: builds everything once, before any test file,
// so a build failure is reported once. Without it each file's beforeAll builds on demand (the
// content-hash cache in build.ts makes the second file a no-op), so the suite works either way.
import { appExists, prepare, prepareApp, type AppName } from './build';

export default async function setup(): Promise<void> {
  await prepare();
  for (const app of ['react-router', 'plain-html'] as AppName[]) if (appExists(app)) await prepareApp(app);
}
