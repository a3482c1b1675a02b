// Typical use written against @crispkit/core, plus one Widget Tool that Crisp's AI agent can call.
import { createCrisp, registerTool, setSessionData, setUser } from '@crispkit/core';

const crisp = createCrisp({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' });
setUser(crisp, { email: 'ada@example.com' });
setSessionData(crisp, { plan: 'pro', seats: 3 });
crisp.on('message:received', (message) => console.log(message.content));
document.querySelector('#help')!.addEventListener('click', () => crisp.do('chat:open'));
registerTool(crisp, 'cart', () => ({ items: document.querySelectorAll('.cart-item').length }));
