export * from "./diagnostic.ts";
export * from "./messages.ts";
export * from "./report.ts";
export * from "./entities.ts";
export * from "./published.ts";
