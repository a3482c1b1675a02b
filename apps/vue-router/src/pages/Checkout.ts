// Checkout page: its route has `meta.hideChat`, so the layout hides the chat here (useCrispHidden).
import { defineComponent, h, ref } from 'vue';
import { useCrispSessionData } from '@crispkit/vue';

const field = (label: string, attrs: Record<string, string>) => h('label', [label, h('input', attrs)]);

export const Checkout = defineComponent(() => {
  useCrispSessionData({ page: 'checkout' });
  const placed = ref(false);
  return () =>
    placed.value
      ? [h('h1', 'Thank you!'), h('p', { class: 'lead' }, 'Your Pro plan is active.')]
      : [
          h('h1', 'Checkout'),
          h('div', { class: 'checkout' }, [
            h(
              'form',
              {
                class: 'form',
                onSubmit: (event: Event) => {
                  event.preventDefault();
                  placed.value = true;
                },
              },
              [
                field('Card number', {
                  inputmode: 'numeric',
                  autocomplete: 'cc-number',
                  placeholder: '4242 4242 4242 4242',
                }),
                h('div', { class: 'row' }, [
                  field('Expiry', { autocomplete: 'cc-exp', placeholder: '12/29' }),
                  field('CVC', { inputmode: 'numeric', autocomplete: 'cc-csc', placeholder: '123' }),
                ]),
                h('button', { type: 'submit', class: 'button', 'data-testid': 'place-order' }, 'Pay $20.00'),
              ],
            ),
            h('aside', { class: 'card summary' }, [
              h('h3', 'Order summary'),
              h('p', ['Acme Cloud Pro, monthly ', h('strong', '$20.00')]),
              h('p', { class: 'note' }, 'The chat is hidden on this page so nothing covers the form.'),
            ]),
          ]),
        ];
});
