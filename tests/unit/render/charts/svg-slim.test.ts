import assert from "node:assert/strict";
import { test } from "node:test";

import { dropNoOps, hoistFont } from "../../../../src/render/charts/svg-slim.ts";

test("hoistFont: the family and the most frequent size move to the root; other sizes stay", () => {
  const svg =
    '<svg width="10"><text font-family="F" font-size="12px">a</text><text font-family="F" font-size="12px">b</text>' +
    '<text font-family="F" font-size="14px">T</text><text font-family="G">x</text></svg>';
  assert.equal(
    hoistFont(svg, "F"),
    '<svg width="10" font-family="F" font-size="12px"><text>a</text><text>b</text><text font-size="14px">T</text><text font-family="G">x</text></svg>',
  );
  assert.equal(hoistFont("<svg><g/></svg>", "F"), '<svg font-family="F"><g/></svg>');
});

test("dropNoOps: defaults, empty paths and container ARIA go; data marks keep their description", () => {
  const svg =
    '<g class="mark-group role-axis" role="graphics-symbol" aria-roledescription="axis" aria-label="X-axis for a discrete scale">' +
    '<path class="background" aria-hidden="true" d="M0,0h0v0h0Z" pointer-events="none"/>' +
    '<line transform="translate(0,0)" stroke="#888" stroke-width="1" opacity="1"/></g>' +
    '<g class="mark-symbol role-mark" role="graphics-object" aria-roledescription="symbol mark container">' +
    '<path aria-label="年份: 2019年" role="graphics-symbol" aria-roledescription="point" stroke-width="2"/></g>';
  assert.equal(
    dropNoOps(svg),
    '<g class="mark-group role-axis"><line stroke="#888"/></g>' +
      '<g class="mark-symbol role-mark"><path aria-label="年份: 2019年" role="graphics-symbol" aria-roledescription="point" stroke-width="2"/></g>',
  );
});
