import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { absoluteUrl, parseSiteConfig, siteConfigFile, siteUrlNotice } from "../../../src/site/config.ts";

const yaml = "name: 职业教育质量年度报告\nurl:\nissues:\n";

test("the committed data/site.yaml is valid", () => {
  const config = parseSiteConfig(readFileSync(siteConfigFile, "utf8"), {});
  assert.equal(config.name, "职业教育质量年度报告");
});

test("no URL: site paths, and one notice saying how to set it", () => {
  const config = parseSiteConfig(yaml, {});
  assert.equal(config.url, null);
  assert.equal(absoluteUrl(config, "/reports/x/"), "/reports/x/");
  assert.match(siteUrlNotice(config) ?? "", /SITE_URL.*data\/site\.yaml/);
});

test("SITE_URL overrides url: and loses its trailing slash", () => {
  const config = parseSiteConfig("name: x\nurl: https://a.example/\n", { SITE_URL: "https://b.example/" });
  assert.equal(config.url, "https://b.example");
  assert.equal(absoluteUrl(config, "/reports/x/"), "https://b.example/reports/x/");
  assert.equal(siteUrlNotice(config), null);
  assert.equal(parseSiteConfig("name: x\nurl: https://a.example\n", { SITE_URL: " " }).url, "https://a.example");
});

test("bad settings fail naming the file and every field (SITE_URL by its name)", () => {
  assert.throws(
    () => parseSiteConfig("name: ''\nissues: mailto:x\n", { SITE_URL: "example.org" }, "site.yaml"),
    (e: Error) =>
      e.message.startsWith("site.yaml: invalid site settings") &&
      /name:/.test(e.message) &&
      /issues:/.test(e.message) &&
      /SITE_URL:/.test(e.message),
  );
  assert.throws(() => parseSiteConfig("name: x\ncolour: red\n", {}), /colour|unrecognized/i);
});

test("tagline, publisher and licence are optional; a licence needs a name and an absolute URL", () => {
  const bare = parseSiteConfig("name: x\n", {});
  assert.deepEqual([bare.tagline, bare.publisher, bare.license], [null, null, null]);
  const full = parseSiteConfig(
    "name: x\ntagline: 一行\npublisher: 某机构\nlicense:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n",
    {},
  );
  assert.deepEqual(full.license, { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
  assert.equal(full.publisher, "某机构");
  assert.throws(() => parseSiteConfig("name: x\nlicense:\n  name: CC BY 4.0\n  url: cc-by\n", {}), /license\.url:/);
  assert.throws(() => parseSiteConfig("name: x\nlicense:\n  url: https://a.example/\n", {}), /license\.name:/);
});
