import { signIn, signOut } from '@/app/actions';
import { PageData } from '@/components/page-data';
import { currentAccount } from '@/lib/session';

export default async function AccountPage() {
  const account = await currentAccount();
  return (
    <>
      <PageData data={{ page: 'account' }} />
      <h1>Account</h1>
      {account ? (
        <form action={signOut}>
          <p data-testid="signed-in-as">
            Signed in as {account.name} ({account.email}), {account.plan} plan.
          </p>
          <button type="submit" data-testid="sign-out">
            Sign out
          </button>
        </form>
      ) : (
        <form action={signIn} className="sign-in">
          <label>
            Email <input name="email" type="email" required data-testid="sign-in-email" />
          </label>
          <label>
            Name <input name="name" data-testid="sign-in-name" />
          </label>
          <button type="submit" data-testid="sign-in">
            Sign in
          </button>
        </form>
      )}
    </>
  );
}
