// The SPA every integration runs in: three layouts (switching layout remounts the integration),
// each re-rendering on every navigation, an auth state above the router, and window.__bench to
// drive it. Only the integration differs from page to page.
import { Component, createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, Outlet, RouterProvider, useLocation, useParams } from 'react-router';

export const WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';
export interface User {
  email: string;
  token: string;
}

export interface Integration {
  /** Wraps each layout's content; re-rendered on every navigation, remounted on a layout switch. */
  Wrap(props: { user: User | null; children: ReactNode }): ReactNode;
  /** The "Help" button the visitor clicks to open the chat. */
  Help(): ReactNode;
  /** What the app's sign-in and sign-out handlers call (nothing for declarative integrations). */
  signIn?(user: User): void;
  signOut?(): void;
}

interface BenchStats {
  renderErrors: number;
  renderErrorMessages: string[];
  layoutRenders: number;
  layoutMounts: number;
}
declare global {
  interface Window {
    __bench?: {
      navigate(path: string): Promise<void>;
      signIn(): Promise<void>;
      signOut(): Promise<void>;
      unmount(): Promise<void>;
    };
    __benchStats?: BenchStats;
  }
}

const Auth = createContext<User | null>(null);

/** Keeps the rest of the page alive when an integration throws, and counts what it caught. */
class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    const stats = window.__benchStats;
    if (stats) {
      stats.renderErrors++;
      (stats.renderErrorMessages ||= []).push(String((error as Error)?.message ?? error).split('\n')[0]!);
    }
  }
  override render() {
    return this.state.failed ? <p>integration failed</p> : this.props.children;
  }
}

export function mount(integration: Integration): void {
  const { Wrap, Help } = integration;

  function Layout({ name }: { name: string }): ReactNode {
    const user = useContext(Auth);
    const location = useLocation();
    if (window.__benchStats) window.__benchStats.layoutRenders++;
    useEffect(() => {
      if (window.__benchStats) window.__benchStats.layoutMounts++;
    }, []);
    return (
      <Boundary>
        <Wrap user={user}>
          <header>
            {name} layout at {location.pathname} {user ? `signed in as ${user.email}` : 'signed out'}
            <Help />
          </header>
          <Outlet />
        </Wrap>
      </Boundary>
    );
  }
  // Three component types, so that switching layout remounts the integration as in a real app.
  const MarketingLayout = () => <Layout name="marketing" />;
  const DocsLayout = () => <Layout name="docs" />;
  const AppLayout = () => <Layout name="app" />;
  function Page() {
    const { n } = useParams();
    return <main>page {n ?? 'home'}</main>;
  }

  const router = createMemoryRouter([
    {
      path: '/',
      element: <MarketingLayout />,
      children: [
        { index: true, element: <Page /> },
        { path: 'pricing/:n', element: <Page /> },
      ],
    },
    { path: '/docs', element: <DocsLayout />, children: [{ path: ':n', element: <Page /> }] },
    { path: '/app', element: <AppLayout />, children: [{ path: ':n', element: <Page /> }] },
  ]);

  let setUser: (user: User | null) => void = () => undefined;
  function Root() {
    const [user, set] = useState<User | null>(null);
    setUser = set;
    return (
      <Auth.Provider value={user}>
        <RouterProvider router={router} />
      </Auth.Provider>
    );
  }

  const root = createRoot(document.getElementById('root')!);
  root.render(<Root />);
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.__bench = {
    async navigate(path) {
      await router.navigate(path);
      await frame();
    },
    async signIn() {
      const user = { email: 'ada@example.com', token: 'b3f5e0c2-4c1e-4f53-9a51-6a0f1c1c2d7e' };
      integration.signIn?.(user);
      setUser(user);
      await frame();
    },
    async signOut() {
      integration.signOut?.();
      setUser(null);
      await frame();
    },
    async unmount() {
      root.unmount();
      await frame();
    },
  };
}
