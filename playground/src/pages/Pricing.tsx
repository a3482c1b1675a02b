// Pricing route: adds a segment and shows a local message to start a sales conversation.
import { useCrisp, useCrispSegments, useCrispSessionData } from '@crispkit/react';

const PLANS = [
  ['Free', '$0', '1 seat'],
  ['Pro', '$25', '5 seats'],
  ['Team', '$95', 'unlimited'],
] as const;

export function Pricing() {
  useCrispSessionData({ page: 'pricing' });
  useCrispSegments(['pricing-visitor']);
  const client = useCrisp();
  const talk = () => {
    client.do('message:show', 'text', 'Hi! Questions about plans? Ask away.');
    client.do('chat:open');
  };
  return (
    <>
      <h3>Pricing</h3>
      <div className="plans">
        {PLANS.map(([name, price, seats]) => (
          <div key={name} className="plan">
            <b>{name}</b>
            <span className="plan-price">{price}</span>
            <span className="muted small">{seats}</span>
          </div>
        ))}
      </div>
      <button type="button" className="btn" onClick={talk}>
        Talk to sales
      </button>
      <p className="help">
        Adds the segment <code>pricing-visitor</code> once per session.
      </p>
    </>
  );
}
