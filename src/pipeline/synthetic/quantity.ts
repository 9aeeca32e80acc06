/**
 * A printed quantity changed by a small factor in its own printed form: the same count of integer digits
 * and decimals, thousands commas kept, a share of at most 100 staying at most 100. Keeping the width keeps
 * aligned columns aligned and hard-wrapped lines as long as before, so the text parses to the same shape.
 */
import { seeded } from "../fuzz/random.ts";

/** The largest relative change of a quantity (±8%). */
export const MAX_CHANGE = 0.08;

/** FNV-1a of a string: a stable 32-bit key for the per-token random draw. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The factor for one printed token under a seed, in [1 - MAX_CHANGE, 1 + MAX_CHANGE]. Keyed by the token
 * so that a number printed twice (in a table and in the text, in the TOC and in a heading) changes alike.
 */
export function factorOf(seed: number, token: string): number {
  const rng = seeded(hash(`${seed}\u0000${token}`));
  const size = rng.next() * MAX_CHANGE;
  return rng.next() < 0.5 ? 1 - size : 1 + size;
}

function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ",");
}

/** `value` printed with `decimals` decimals, with thousands commas when `grouped`. */
function print(value: number, decimals: number, grouped: boolean): string {
  const [int = "", frac] = value.toFixed(decimals).split(".");
  return (grouped ? withCommas(int) : int) + (frac === undefined ? "" : `.${frac}`);
}

/**
 * The token (`1,234`, `92.38`, `4837.51`, `7`) multiplied by `factor`, or by its inverse direction when
 * that would change the printed width or push a share over 100; unchanged when neither fits.
 */
export function scaleQuantity(token: string, factor: number, isShare: boolean): string {
  const plain = token.replaceAll(",", "");
  const [int = "", frac = ""] = plain.split(".");
  const value = Number(plain);
  // A leading zero (07) is a code, not an amount; zero stays zero.
  if (!Number.isFinite(value) || value === 0 || (int.length > 1 && int.startsWith("0"))) return token;
  for (const f of [factor, 2 - factor]) {
    const out = print(value * f, frac.length, token.includes(","));
    const outInt = out.replaceAll(",", "").split(".")[0] ?? "";
    if (outInt.length !== int.length) continue;
    if (isShare && value <= 100 && Number(out) > 100) continue;
    return out;
  }
  return token;
}
