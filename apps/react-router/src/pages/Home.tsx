// Home page: the product pitch; tells Crisp the visitor is on the home page.
import { Link } from 'react-router';
import { useCrispSessionData } from '@crispkit/react';

export function Home() {
  useCrispSessionData({ page: 'home' });
  return (
    <>
      <section className="hero">
        <h1>Deploy in seconds, scale without thinking.</h1>
        <p>Acme Cloud runs your apps close to your users. Questions? Our team answers in the chat.</p>
        <div className="actions">
          <Link to="/pricing" className="button">
            See pricing
          </Link>
          <Link to="/docs" className="button secondary">
            Read the docs
          </Link>
        </div>
      </section>
      <section className="cards">
        <article className="card">
          <h3>Global edge</h3>
          <p>Thirty regions, one command.</p>
        </article>
        <article className="card">
          <h3>Zero-downtime deploys</h3>
          <p>Every release rolls out gradually and rolls back by itself.</p>
        </article>
        <article className="card">
          <h3>Humans on call</h3>
          <p>Engineers, not scripts, in the support chat.</p>
        </article>
      </section>
    </>
  );
}
