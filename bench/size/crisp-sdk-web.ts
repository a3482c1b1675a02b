// Typical use written against crisp-sdk-web 1.2.x, the way its documentation shows it.
import { Crisp } from 'crisp-sdk-web';

Crisp.configure('7598bf86-9ebb-46bc-8d61-be8357bbf4b4');
Crisp.user.setEmail('ada@example.com');
Crisp.session.setData({ plan: 'pro', seats: 3 });
Crisp.message.onMessageReceived((message: { content: unknown }) => console.log(message.content));
document.querySelector('#help')!.addEventListener('click', () => Crisp.chat.open());
