// The signed-in account as React state: <SessionProvider> and useSession().
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { currentAccount, signIn as backendSignIn, signOut as backendSignOut, type Account } from './backend';

interface Session {
  account: Account | null;
  signIn(email: string, name: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState(currentAccount);
  const signIn = useCallback(async (email: string, name: string) => setAccount(await backendSignIn(email, name)), []);
  const signOut = useCallback(async () => {
    await backendSignOut();
    setAccount(null);
  }, []);
  const value = useMemo(() => ({ account, signIn, signOut }), [account, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs <SessionProvider> above it');
  return session;
}
