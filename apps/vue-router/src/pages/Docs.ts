// Docs section: a sidebar of pages and the selected page; each page reports itself to Crisp.
import { computed, defineComponent, h } from 'vue';
import { RouterLink, RouterView, useRoute } from 'vue-router';
import { useCrispSessionData } from '@crispkit/vue';
import { DOCS } from '../../../react-router/src/pages/docs.ts';

export const DocsLayout = defineComponent(
  () => () =>
    h('div', { class: 'docs' }, [
      h('aside', { class: 'sidebar' }, [
        h('h4', 'Documentation'),
        ...DOCS.map((doc) =>
          h(
            RouterLink,
            { key: doc.slug, to: `/docs/${doc.slug}`, 'data-testid': `nav-docs-${doc.slug}` },
            () => doc.title,
          ),
        ),
      ]),
      h('div', { class: 'doc' }, h(RouterView)),
    ]),
);

export const DocsIndex = defineComponent(() => {
  useCrispSessionData({ page: 'docs' });
  return () => [
    h('h1', 'Documentation'),
    h('p', { class: 'lead' }, 'Everything about running apps on Acme Cloud. Pick a topic on the left.'),
  ];
});

export const DocsPage = defineComponent(() => {
  const route = useRoute();
  const doc = computed(() => DOCS.find((d) => d.slug == route.params.slug));
  // The router keeps this component from one doc to the next: a getter follows the slug.
  useCrispSessionData(() => ({ page: 'docs/' + (doc.value ? doc.value.slug : 'unknown') }));
  return () =>
    doc.value
      ? [h('h1', doc.value.title), ...doc.value.body.map((paragraph) => h('p', { key: paragraph }, paragraph))]
      : h('h1', 'No such page');
});
