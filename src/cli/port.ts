/** The port from the PORT environment variable, or 8080. */
export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env["PORT"] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got ${env["PORT"]}`);
  return port;
}
