// src/routes/checkout/+page.ts
var load = () => ({ hideChat: true });
export { load };
