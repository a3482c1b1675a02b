import { PageData } from '@/components/page-data';
import { OpenChat } from '@/components/open-chat';

export default function Pricing() {
  return (
    <>
      <PageData data={{ page: 'pricing' }} />
      <h1>Pricing</h1>
      <ul>
        <li>Free: one server.</li>
        <li>Pro: as many as you need, 20 € a month each.</li>
      </ul>
      <OpenChat plan="pro">Talk to sales about Pro</OpenChat>
    </>
  );
}
