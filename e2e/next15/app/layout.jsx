// A Server Component (no 'use client') importing the provider and the launcher straight from
// @crispkit/react, as docs/nextjs.md shows: Next 15's webpack build refuses a client boundary
// that re-exports with `export *`, so this file only builds when the package exports by name.
import Link from 'next/link';
import { CrispLauncher, CrispProvider } from '@crispkit/react';

export const metadata = { title: 'crispkit on Next.js 15' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <CrispProvider
          websiteId="7598bf86-9ebb-46bc-8d61-be8357bbf4b4"
          load="eager"
          visitor={{ tokenId: null, user: null }}
          sessionData={{ app: 'next15' }}
        >
          <nav>
            <Link href="/" data-testid="nav-home">
              Home
            </Link>{' '}
            <Link href="/second" data-testid="nav-second">
              Second
            </Link>
          </nav>
          {children}
          <CrispLauncher />
        </CrispProvider>
      </body>
    </html>
  );
}
