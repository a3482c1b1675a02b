// SvelteKit's app types: each page's load data may ask the layout to hide the chat.
declare global {
  namespace App {
    interface PageData {
      /** Set by a page's load (checkout): the layout hides the chat and the launcher there. */
      hideChat?: boolean;
    }
  }
}

export {};
