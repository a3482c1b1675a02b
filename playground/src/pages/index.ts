// The routes of the demo app, in tab order.
import type { ComponentType } from 'react';
import { Home } from './Home';
import { Pricing } from './Pricing';
import { Docs } from './Docs';
import { Checkout } from './Checkout';

export const PAGES: { path: string; label: string; Component: ComponentType }[] = [
  { path: '/', label: 'Home', Component: Home },
  { path: '/pricing', label: 'Pricing', Component: Pricing },
  { path: '/docs', label: 'Docs', Component: Docs },
  { path: '/checkout', label: 'Checkout', Component: Checkout },
];
