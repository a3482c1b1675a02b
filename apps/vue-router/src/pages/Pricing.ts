// Pricing page: the plans; Crisp learns the page and that this visitor looked at pricing.
import { defineComponent, h } from 'vue';
import { setSessionData, useCrisp, useCrispSegments, useCrispSessionData } from '@crispkit/vue';

const PLANS = [
  { id: 'hobby', name: 'Hobby', price: '$0', features: ['1 app', 'Community support'] },
  { id: 'pro', name: 'Pro', price: '$20', features: ['Unlimited apps', 'Chat support', 'Custom domains'] },
  { id: 'team', name: 'Team', price: '$99', features: ['Everything in Pro', 'SSO', 'Priority support'] },
] as const;

export const Pricing = defineComponent(() => {
  const client = useCrisp();
  useCrispSessionData({ page: 'pricing' });
  useCrispSegments(['pricing-viewer']);

  // Operators see which plan the visitor asked about before reading the first message.
  const ask = (plan: string) => {
    setSessionData(client, { plan_interest: plan });
    client.do('chat:open');
  };

  return () => [
    h('h1', 'Pricing'),
    h('p', { class: 'lead' }, 'Simple plans. Change or cancel any time.'),
    h(
      'section',
      { class: 'cards' },
      PLANS.map((plan) =>
        h('article', { key: plan.id, class: 'card plan' }, [
          h('h3', plan.name),
          h('p', { class: 'price' }, [plan.price, h('small', '/month')]),
          h(
            'ul',
            plan.features.map((feature) => h('li', { key: feature }, feature)),
          ),
          h(
            'button',
            { type: 'button', class: 'button secondary', 'data-testid': `ask-${plan.id}`, onClick: () => ask(plan.id) },
            `Ask about ${plan.name}`,
          ),
        ]),
      ),
    ),
  ];
});
