// Typical use with the script-tag build: the page's inline code, run after
// <script src="crispkit.iife.js"></script>. The bench adds the build's own bytes
// (packages/core/src/script-tag/script-tag.ts, bundled the same way) to this file's.
import type { CrispKitGlobal } from '../../packages/core/src/script-tag/script-tag';

const kit = (window as unknown as { CrispKit: CrispKitGlobal }).CrispKit;
const crisp = kit.createCrisp({
  websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4',
});
kit.setUser(crisp, { email: 'ada@example.com' });
kit.setSessionData(crisp, { plan: 'pro', seats: 3 });
crisp.on('message:received', (message) => console.log(message.content));
document.querySelector('#help')!.addEventListener('click', () => crisp.do('chat:open'));
