// Checkout page: no chat floating over the payment form (useCrispHidden), restored on leaving.
import { useState } from 'react';
import { useCrispHidden, useCrispSessionData } from '@crispkit/react';

export function Checkout() {
  useCrispHidden(true);
  useCrispSessionData({ page: 'checkout' });
  const [placed, setPlaced] = useState(false);

  if (placed)
    return (
      <>
        <h1>Thank you!</h1>
        <p className="lead">Your Pro plan is active.</p>
      </>
    );

  return (
    <>
      <h1>Checkout</h1>
      <div className="checkout">
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            setPlaced(true);
          }}
        >
          <label>
            Card number
            <input inputMode="numeric" autoComplete="cc-number" placeholder="4242 4242 4242 4242" />
          </label>
          <div className="row">
            <label>
              Expiry
              <input autoComplete="cc-exp" placeholder="12/29" />
            </label>
            <label>
              CVC
              <input inputMode="numeric" autoComplete="cc-csc" placeholder="123" />
            </label>
          </div>
          <button type="submit" className="button" data-testid="place-order">
            Pay $20.00
          </button>
        </form>
        <aside className="card summary">
          <h3>Order summary</h3>
          <p>
            Acme Cloud Pro, monthly <strong>$20.00</strong>
          </p>
          <p className="note">The chat is hidden on this page so nothing covers the form.</p>
        </aside>
      </div>
    </>
  );
}
