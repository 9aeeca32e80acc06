export * from "./diagnostic.ts";
export * from "./entities.ts";
export * from "./messages.ts";
export * from "./published.ts";
export * from "./report.ts";
