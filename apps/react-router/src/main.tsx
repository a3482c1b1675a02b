// Entry: session, then the one Crisp provider, then the router, so Crisp outlives every route change.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { SessionProvider } from './auth/session';
import { AppCrisp } from './components/AppCrisp';
import { router } from './router';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <AppCrisp>
        <RouterProvider router={router} />
      </AppCrisp>
    </SessionProvider>
  </StrictMode>,
);
