// `definePageMeta({ hideChat: true })` marks the pages where no chat floats over the content.
declare module '#app' {
  interface PageMeta {
    hideChat?: boolean;
  }
}
export {};
