// What the module makes available without an import: @crispkit/vue's composables by their own
// names, the module's useCrispVisitor, and the launcher component.

/** The composables of @crispkit/vue that Nuxt auto-imports. */
export const VUE_COMPOSABLES = [
  'useCrisp',
  'useCrispState',
  'useCrispStatus',
  'useCrispUnreadCount',
  'useCrispChatOpen',
  'useCrispEvent',
  'useCrispSessionData',
  'useCrispSegments',
  'useCrispHidden',
  'useCrispTool',
] as const;

/** The components of @crispkit/vue that Nuxt registers globally (lazily imported where used). */
export const VUE_COMPONENTS = ['CrispLauncher'] as const;
