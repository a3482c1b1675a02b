import { PageData } from '@/components/page-data';

export default function Home() {
  return (
    <>
      <PageData data={{ page: 'home' }} />
      <h1>Acme Cloud</h1>
      <p>Servers that scale themselves. Questions? The chat in the corner answers.</p>
    </>
  );
}
