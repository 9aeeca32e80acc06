import assert from "node:assert/strict";
import { test } from "node:test";

import { portFromEnv } from "../../../src/cli/port.ts";

test("portFromEnv: PORT, else 8080; anything but a port number is an error", () => {
  assert.equal(portFromEnv({}), 8080);
  assert.equal(portFromEnv({ PORT: "0" }), 0);
  assert.equal(portFromEnv({ PORT: "3000" }), 3000);
  assert.throws(() => portFromEnv({ PORT: "http" }), /PORT must be 0–65535/);
  assert.throws(() => portFromEnv({ PORT: "70000" }), /PORT must be 0–65535/);
});
