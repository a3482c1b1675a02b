// The slice of jsdom's API these tests use (the workspace has no @types/jsdom).
declare module 'jsdom' {
  export interface RequestContext {
    element: Element | null;
  }
  export type Interceptor = unknown;
  export function requestInterceptor(
    handler: (request: Request, context: RequestContext) => Response | Promise<Response> | undefined,
  ): Interceptor;

  export class VirtualConsole {
    forwardTo(target: Console, options?: { jsdomErrors?: 'none' | string[] }): this;
    on(event: 'jsdomError', listener: (error: Error) => void): this;
  }

  export interface ConstructorOptions {
    url?: string;
    runScripts?: 'dangerously' | 'outside-only';
    resources?: 'usable' | { interceptors?: Interceptor[]; userAgent?: string };
    pretendToBeVisual?: boolean;
    virtualConsole?: VirtualConsole;
  }

  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
  }
}
