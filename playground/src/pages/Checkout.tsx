// Checkout route: hides the chat while shown (useCrispHidden), so it never covers the pay button.
import { useCrispHidden, useCrispSessionData } from '@crispkit/react';

export function Checkout() {
  useCrispSessionData({ page: 'checkout' });
  useCrispHidden();
  return (
    <>
      <h3>Checkout</h3>
      <p>
        The chat is hidden on this route with <code>useCrispHidden()</code> and comes back when you leave: one{' '}
        <code>chat:hide</code>, one <code>chat:show</code>.
      </p>
      <div className="pay">
        <span>Pro plan · 1 month</span>
        <button type="button" className="btn btn-primary">
          Pay $25
        </button>
      </div>
    </>
  );
}
