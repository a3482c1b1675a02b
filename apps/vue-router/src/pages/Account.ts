// Account page: sign in (Crisp login) and sign out (Crisp logout) through the session.
import { defineComponent, h, ref } from 'vue';
import { useCrispSessionData } from '@crispkit/vue';
import { account, signIn, signOut } from '../session';

export const Account = defineComponent(() => {
  const email = ref('ada@example.com');
  const name = ref('Ada Lovelace');
  useCrispSessionData({ page: 'account' });

  const submit = (event: Event) => {
    event.preventDefault();
    void signIn(email.value, name.value);
  };
  const input = (model: typeof email, attrs: Record<string, string | boolean>) =>
    h('input', {
      ...attrs,
      value: model.value,
      onInput: (event: Event) => (model.value = (event.target as HTMLInputElement).value),
    });

  return () => {
    const signedIn = account.value;
    if (signedIn)
      return [
        h('h1', 'Your account'),
        h('dl', { class: 'details', 'data-testid': 'account-details' }, [
          h('dt', 'Name'),
          h('dd', signedIn.name),
          h('dt', 'Email'),
          h('dd', signedIn.email),
          h('dt', 'Plan'),
          h('dd', signedIn.plan),
        ]),
        h(
          'p',
          { class: 'note' },
          'Support sees who you are in the chat, and your conversation follows you to any device.',
        ),
        h(
          'button',
          { type: 'button', class: 'button secondary', 'data-testid': 'sign-out', onClick: () => void signOut() },
          'Sign out',
        ),
      ];
    return [
      h('h1', 'Sign in'),
      h('form', { class: 'form', onSubmit: submit }, [
        h('label', ['Email', input(email, { type: 'email', required: true, 'data-testid': 'sign-in-email' })]),
        h('label', ['Name', input(name, { 'data-testid': 'sign-in-name' })]),
        h('button', { type: 'submit', class: 'button', 'data-testid': 'sign-in' }, 'Sign in'),
        h('p', { class: 'note' }, 'Demo only: any email works, no password.'),
      ]),
    ];
  };
});
