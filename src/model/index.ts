export * from "./diagnostic.ts";
export * from "./messages.ts";
export * from "./report.ts";
