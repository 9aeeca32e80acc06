// Eleventy ships no TypeScript types; this declares the part of its programmatic API we use.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    /**
     * Runs with the user config object before the config file (whose settings would then win; an empty
     * `configPath` reads none). Typed loosely: src/site/eleventy/config.ts declares the part we use.
     */
    config?: (config: object) => void;
  }
  export class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}
