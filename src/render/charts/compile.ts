/** Vega-Lite → Vega with an injected logger (vega-lite's default logger is global and prints). */
import type { Spec as VegaSpec } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Warnings and errors vega-lite reported while compiling a spec. */
export interface CompileMessages {
  readonly warnings: string[];
  readonly errors: string[];
}

/** A vega-util logger that collects messages instead of printing them. */
export function collectingLogger(messages: CompileMessages = { warnings: [], errors: [] }) {
  let level = 0;
  const text = (args: readonly unknown[]): string => args.map(String).join(" ");
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error: (...args: readonly unknown[]) => (messages.errors.push(text(args)), logger),
    warn: (...args: readonly unknown[]) => (messages.warnings.push(text(args)), logger),
    info: () => logger,
    debug: () => logger,
  };
  return { logger, messages };
}

/** Compiles a Vega-Lite spec to Vega; vega-lite's warnings are returned, never printed. */
export function compileSpec(spec: TopLevelSpec): { vega: VegaSpec; messages: CompileMessages } {
  const { logger, messages } = collectingLogger();
  const vega = compile(spec, { logger: logger as never }).spec;
  return { vega, messages };
}
