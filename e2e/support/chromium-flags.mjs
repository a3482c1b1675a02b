// The flags every Chromium run uses (the browser tests, `pnpm conformance`, the new-user check):
// headless, no sandbox (containers), and no traffic of Chromium's own. Plain JavaScript, so that
// the Node scripts under scripts/ share it with the TypeScript suites.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
