// The server's view of the app's accounts: what the support assistant looks a visitor up in. A
// real app reads its database; this demo learns each account when its user signs in (the sign-in
// asks the server for a Crisp signature), so the directory is filled by use.

export type Plan = 'free' | 'pro';

export interface ServerAccount {
  email: string;
  name: string;
  plan: Plan;
}

export interface AccountDirectory {
  /** The account with this email (compared without case), or null. */
  find(email: string): Promise<ServerAccount | null>;
  /** Records a signed-in user; an account already known keeps its name and plan. */
  remember(email: string): void;
}

export function createAccountDirectory(initial: ServerAccount[] = []): AccountDirectory {
  const accounts = new Map(initial.map((account) => [account.email.toLowerCase(), account]));
  return {
    async find(email) {
      return accounts.get(email.toLowerCase()) ?? null;
    },
    remember(email) {
      const key = email.toLowerCase();
      if (!accounts.has(key)) accounts.set(key, { email: key, name: key.split('@')[0]!, plan: 'free' });
    },
  };
}
