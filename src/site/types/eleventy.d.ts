// Eleventy ships no TypeScript types; this declares the part of its programmatic API we use.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    /** Runs after the config file, with the same user config object (Eleventy's programmatic API). */
    config?: (config: { addGlobalData(name: string, data: () => unknown): void }) => void;
  }
  export class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}
