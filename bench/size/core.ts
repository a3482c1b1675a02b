// Typical use written against @crispkit/core: the same five steps as every other entry here.
import { createCrisp } from '@crispkit/core';

const crisp = createCrisp({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' });
crisp.setUser({ email: 'ada@example.com' });
crisp.setSessionData({ plan: 'pro', seats: 3 });
crisp.on('message:received', (message) => console.log(message.content));
document.querySelector('#help')!.addEventListener('click', () => crisp.do('chat:open'));
