// "Your app": a small routed site under the kit, to navigate around and watch nothing reload.
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { Panel } from './Panel';
import { PAGES } from '../pages';

export function AppPreview() {
  // Links keep the query string, which holds the page setup (strategy, fault).
  const { search } = useLocation();
  return (
    <Panel title="Your app" className="panel-app" aside={<span className="muted small">React Router</span>}>
      <nav className="tabs">
        {PAGES.map(({ path, label }) => (
          <NavLink
            key={path}
            to={{ pathname: path, search }}
            end
            className={({ isActive }) => (isActive ? 'tab active' : 'tab')}
          >
            {label}
          </NavLink>
        ))}
      </nav>
      <div className="page">
        <Routes>
          {PAGES.map(({ path, Component }) => (
            <Route key={path} path={path} element={<Component />} />
          ))}
          <Route path="*" element={<p className="muted">No such page.</p>} />
        </Routes>
      </div>
    </Panel>
  );
}
