// Typical use written against @crispkit/svelte (Svelte is the app's, so external), the same as
// React's row: the client provided with the visitor and session data (provideCrisp in the root
// component's script, where a SvelteKit app's +layout.svelte calls it), one useCrispEvent, a
// button calling do('chat:open'). The components are beside this file, in svelte/.
import { mount } from 'svelte';
import App from './svelte/App.svelte';
// Erased from the bundle; tells the size script which package the components use.
export type { CrispProvideOptions } from '@crispkit/svelte';

mount(App, { target: document.getElementById('root')! });
