// Checkout: the layout hides the chat on this page (nothing may cover the payment form).
import type { PageLoad } from './$types';

export const load: PageLoad = () => ({ hideChat: true });
