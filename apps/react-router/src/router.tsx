// The app's routes: one layout (the chat launcher lives there) around every page.
import { createBrowserRouter } from 'react-router';
import { Layout, type RouteHandle } from './components/Layout';
import { Home } from './pages/Home';
import { Pricing } from './pages/Pricing';
import { DocsIndex, DocsLayout, DocsPage } from './pages/Docs';
import { Account } from './pages/Account';
import { Checkout } from './pages/Checkout';
import { NotFound } from './pages/NotFound';

const checkout: RouteHandle = { hideChat: true };

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'pricing', element: <Pricing /> },
      {
        path: 'docs',
        element: <DocsLayout />,
        children: [
          { index: true, element: <DocsIndex /> },
          { path: ':slug', element: <DocsPage /> },
        ],
      },
      { path: 'account', element: <Account /> },
      { path: 'checkout', element: <Checkout />, handle: checkout },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
