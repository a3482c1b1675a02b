import { PageData } from '@/components/page-data';
import { OpenChat } from '@/components/open-chat';

export default function Help() {
  return (
    <>
      <PageData data={{ page: 'help' }} />
      <h1>Help</h1>
      <p>Most answers are in the docs; for the rest, write to us.</p>
      <OpenChat>Ask support</OpenChat>
    </>
  );
}
