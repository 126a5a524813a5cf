/** The parts of Citation.js this site uses; the packages ship no types of their own. */
declare module '@citation-js/core' {
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> };
    };
  };
  export class Cite {
    constructor(data: object);
    format(format: 'bibliography', options: { template: string; format: 'text' | 'html'; lang: string }): string;
    format(format: 'bibtex' | 'ris', options?: { format?: 'text' }): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
