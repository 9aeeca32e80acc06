import assert from "node:assert/strict";
import { test } from "node:test";

import { markup, raw } from "../../../src/lib/html.ts";

test("interpolations are escaped unless marked raw; absent values vanish", () => {
  const title = `<script>"x" & 'y'</script>`;
  assert.equal(
    markup`<p title="${title}">${title}</p>`.value,
    `<p title="&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;">&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</p>`,
  );
  assert.equal(
    markup`${raw("<b>b</b>")}${null}${false}${undefined}${[1, markup`<i>${"<"}</i>`]}`.value,
    "<b>b</b>1<i>&lt;</i>",
  );
});
