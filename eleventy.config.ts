import { configureEleventy, type EleventyUserConfig } from "./src/site/eleventy/config.ts";

/** Eleventy configuration: everything lives in src/site/eleventy/config.ts. */
export default function (config: EleventyUserConfig): void {
  configureEleventy(config);
}
