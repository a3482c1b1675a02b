// Account page: sign in (Crisp login) and sign out (Crisp logout) through the session.
import { useState, type FormEvent } from 'react';
import { useCrispSessionData } from '@crispkit/react';
import { useSession } from '../auth/session';

export function Account() {
  const { account, signIn, signOut } = useSession();
  const [email, setEmail] = useState('ada@example.com');
  const [name, setName] = useState('Ada Lovelace');
  useCrispSessionData({ page: 'account' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn(email, name);
  };

  if (account)
    return (
      <>
        <h1>Your account</h1>
        <dl className="details" data-testid="account-details">
          <dt>Name</dt>
          <dd>{account.name}</dd>
          <dt>Email</dt>
          <dd>{account.email}</dd>
          <dt>Plan</dt>
          <dd>{account.plan}</dd>
        </dl>
        <p className="note">Support sees who you are in the chat, and your conversation follows you to any device.</p>
        <button type="button" className="button secondary" data-testid="sign-out" onClick={() => void signOut()}>
          Sign out
        </button>
      </>
    );

  return (
    <>
      <h1>Sign in</h1>
      <form className="form" onSubmit={submit}>
        <label>
          Email
          <input
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="sign-in-email"
          />
        </label>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="sign-in-name" />
        </label>
        <button type="submit" className="button" data-testid="sign-in">
          Sign in
        </button>
        <p className="note">Demo only: any email works, no password.</p>
      </form>
    </>
  );
}
