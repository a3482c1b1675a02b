// The Crisp visitor follows the signed-in account: a new token runs the core's login sequence,
// null its logout, so the next person on this computer never sees the previous conversation.
// A plugin of the app runs before the module's own, so the visitor is known from the start.
export default defineNuxtPlugin(() => {
  const { account } = useSession();
  useCrispVisitor(
    () => ({
      tokenId: account.value ? account.value.crispTokenId : null,
      user: account.value
        ? { email: account.value.email, signature: account.value.crispSignature, nickname: account.value.name }
        : null,
    }),
    { sessionData: () => (account.value ? { plan: account.value.plan } : null) },
  );
});
