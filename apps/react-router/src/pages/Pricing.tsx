// Pricing page: the plans; Crisp learns the page and that this visitor looked at pricing.
import { setSessionData, useCrisp, useCrispSegments, useCrispSessionData } from '@crispkit/react';

const PLANS = [
  { id: 'hobby', name: 'Hobby', price: '$0', features: ['1 app', 'Community support'] },
  { id: 'pro', name: 'Pro', price: '$20', features: ['Unlimited apps', 'Chat support', 'Custom domains'] },
  { id: 'team', name: 'Team', price: '$99', features: ['Everything in Pro', 'SSO', 'Priority support'] },
] as const;

export function Pricing() {
  const client = useCrisp();
  useCrispSessionData({ page: 'pricing' });
  useCrispSegments(['pricing-viewer']);

  // Operators see which plan the visitor asked about before reading the first message.
  const ask = (plan: string) => {
    setSessionData(client, { plan_interest: plan });
    client.do('chat:open');
  };

  return (
    <>
      <h1>Pricing</h1>
      <p className="lead">Simple plans. Change or cancel any time.</p>
      <section className="cards">
        {PLANS.map((plan) => (
          <article key={plan.id} className="card plan">
            <h3>{plan.name}</h3>
            <p className="price">
              {plan.price}
              <small>/month</small>
            </p>
            <ul>
              {plan.features.map((feature) => (
                <li key={feature}>{feature}</li>
              ))}
            </ul>
            <button
              type="button"
              className="button secondary"
              data-testid={`ask-${plan.id}`}
              onClick={() => ask(plan.id)}
            >
              Ask about {plan.name}
            </button>
          </article>
        ))}
      </section>
    </>
  );
}
