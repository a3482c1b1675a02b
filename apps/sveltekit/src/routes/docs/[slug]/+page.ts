// A doc page's content, by slug; every doc is prerendered.
import { error } from '@sveltejs/kit';
import { DOCS } from '$shared/pages/docs';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => DOCS.map((doc) => ({ slug: doc.slug }));

export const load: PageLoad = ({ params }) => {
  const doc = DOCS.find((d) => d.slug == params.slug);
  if (!doc) error(404, 'No such page');
  return { doc };
};
