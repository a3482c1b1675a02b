// Docs section: a sidebar of pages and the selected page; each page reports itself to Crisp.
import { NavLink, Outlet, useParams } from 'react-router';
import { useCrispSessionData } from '@crispkit/react';
import { DOCS } from './docs';

export function DocsLayout() {
  return (
    <div className="docs">
      <aside className="sidebar">
        <h4>Documentation</h4>
        {DOCS.map((doc) => (
          <NavLink key={doc.slug} to={`/docs/${doc.slug}`} data-testid={`nav-docs-${doc.slug}`}>
            {doc.title}
          </NavLink>
        ))}
      </aside>
      <div className="doc">
        <Outlet />
      </div>
    </div>
  );
}

export function DocsIndex() {
  useCrispSessionData({ page: 'docs' });
  return (
    <>
      <h1>Documentation</h1>
      <p className="lead">Everything about running apps on Acme Cloud. Pick a topic on the left.</p>
    </>
  );
}

export function DocsPage() {
  const { slug } = useParams();
  const doc = DOCS.find((d) => d.slug == slug);
  useCrispSessionData({ page: 'docs/' + (doc ? doc.slug : 'unknown') });
  if (!doc) return <h1>No such page</h1>;
  return (
    <>
      <h1>{doc.title}</h1>
      {doc.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  );
}
