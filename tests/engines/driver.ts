/**
 * What a journey may ask of a browser, whichever engine it is: the few things a reader does
 * (open an address, click, type, press a key, resize the window) and a way to look at the page.
 * Each engine's file implements it over that engine's own automation protocol.
 */
export interface Tab {
  /** Opens an address and waits for the page's load event. */
  goto(address: string): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (awaited, JSON-serialisable) result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  click(selector: string): Promise<void>;
  /** Types into the element, key by key, as a reader does. */
  type(selector: string, text: string): Promise<void>;
  press(selector: string, key: 'Enter'): Promise<void>;
  /** Sizes the page's viewport; returns the size obtained, which an engine's window may bound. */
  viewport(width: number, height: number): Promise<{ width: number; height: number }>;
  /** Console errors, uncaught exceptions and failed requests the engine's automation reported. */
  readonly problems: string[];
  /** Whether the journey can read back what the page put on the clipboard. */
  readClipboard?: () => Promise<string>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: 'Chromium' | 'Firefox' | 'WebKit';
  /** A fresh tab; `javaScript: false` opens it with scripting switched off. */
  open(options: { javaScript: boolean }): Promise<Tab>;
  close(): Promise<void>;
}

/** Thrown when an engine's browser is missing: the message says how to install it. */
export class EngineMissing extends Error {}

/** `fn(arg)` as a script body for protocols that take source text (WebDriver). */
export function callSource(fn: (arg: never) => unknown): string {
  return `return (${fn.toString()})(arguments[0]);`;
}
