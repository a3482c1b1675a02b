import type { Snippet } from 'svelte';
interface Props {
    /** Accessible name of the button. Default "Open chat". */
    label?: string | undefined;
    /** Rendered instead when Crisp could not load (blocked, or never ready): e.g. a mailto link. */
    fallback?: Snippet | undefined;
    /** Replaces the chat icon. */
    children?: Snippet | undefined;
    /** Added to the button's `crispkit-launcher` class. */
    class?: string | undefined;
    /** Appended to the default style (fixed bottom-right, round, Crisp blue), so it wins. */
    style?: string | undefined;
}
declare const CrispLauncher: import("svelte").Component<Props, {}, "">;
type CrispLauncher = ReturnType<typeof CrispLauncher>;
export default CrispLauncher;
