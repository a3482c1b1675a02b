// Docs route: opens Crisp's helpdesk views through typed do actions.
import { useState } from 'react';
import { useCrisp, useCrispSessionData } from '@crispkit/react';

export function Docs() {
  useCrispSessionData({ page: 'docs' });
  const client = useCrisp();
  const [query, setQuery] = useState('install');
  return (
    <>
      <h3>Documentation</h3>
      <p>Search the helpdesk from your own UI:</p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          client.do('helpdesk:query', query);
        }}
      >
        <input
          className="grow"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label="Helpdesk query"
        />
        <button type="submit" className="btn">
          helpdesk:query
        </button>
      </form>
    </>
  );
}
