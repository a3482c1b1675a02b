import type { Snippet } from 'svelte';
import type { CrispClient, CrispOptions, CrispSessionData, CrispVisitor } from '@crispkit/core';
type Props = {
    visitor?: CrispVisitor | null | undefined;
    sessionData?: CrispSessionData | null | undefined;
    segments?: string[] | null | undefined;
    children?: Snippet;
} & ((CrispOptions & {
    client?: undefined;
}) | {
    client: CrispClient;
    websiteId?: string | undefined;
});
declare const CrispProvider: import("svelte").Component<Props, {}, "">;
type CrispProvider = ReturnType<typeof CrispProvider>;
export default CrispProvider;
