// Entry: the router, then the one Crisp plugin, whose visitor follows the signed-in account.
import { createApp } from 'vue';
import { crispPlugin, interaction } from '@crispkit/vue';
import { Layout } from './components/Layout';
import { router } from './router';
import { account } from './session';
import { crisp } from './crisp';
import '../../react-router/src/styles.css';

createApp(Layout)
  .use(router)
  .use(
    crispPlugin({
      websiteId: crisp.websiteId,
      scriptUrl: crisp.scriptUrl,
      // No Crisp byte before the visitor interacts with the page.
      load: interaction,
      // A new token runs the core's login sequence, null its logout: the next person on this
      // computer never sees the previous user's conversation.
      visitor: () => {
        const signedIn = account.value;
        return {
          tokenId: signedIn ? signedIn.crispTokenId : null,
          user: signedIn
            ? { email: signedIn.email, signature: signedIn.crispSignature, nickname: signedIn.name }
            : null,
        };
      },
      sessionData: () => (account.value ? { plan: account.value.plan } : null),
    }),
  )
  .mount('#root');
