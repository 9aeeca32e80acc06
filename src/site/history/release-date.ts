/** The date a new version of a report is recorded under: today in China, or the reproducible-builds clock. */

/** The environment variable the date reads (https://reproducible-builds.org/specs/source-date-epoch/). */
export interface ReleaseEnvironment {
  readonly SOURCE_DATE_EPOCH?: string | undefined;
}

// Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset gives its date
// without depending on the ICU data Node was built with.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * `YYYY-MM-DD` in Asia/Shanghai of `SOURCE_DATE_EPOCH` (seconds since 1970) when it is set, else of
 * `now`. A malformed value fails the build: a clock that is silently ignored defeats its purpose.
 */
export function releaseDate(env: ReleaseEnvironment, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && epoch !== "" && !/^\d+$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, not ${JSON.stringify(epoch)}`);
  const ms = epoch ? Number(epoch) * 1000 : now.getTime();
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
