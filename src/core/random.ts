import { requireWholeNumber } from "./errors";

/** Seeds are whole numbers that fit the generator's 32-bit state. */
export const MAX_SEED = 0xffffffff;

/**
 * The seeded generator behind the risk trials: Mulberry32 (Tommy Ettinger, public domain), one 32-bit state word
 * advanced by the golden-ratio increment 0x6D2B79F5 and mixed by two xor-shift-multiply rounds. It is chosen for
 * being short enough to re-implement from this comment in any language, so that anyone can regenerate the draws the
 * workbook stores as values and check them; its period (2^32) is far beyond the 40,000 draws of 10,000 trials.
 *
 * Each output is mapped to (0, 1) as (x + 0.5) / 2^32, so that no draw is exactly 0 or 1: the triangular inverse
 * CDF then never sits exactly on the low or high end.
 */
export function mulberry32(seed: number): () => number {
  requireWholeNumber(seed, "seed", 0, MAX_SEED);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/**
 * `count` uniforms from `seed`, drawn in order: for the risk sheet, trial by trial and within a trial input by input,
 * so that the draw for trial t and input i is at index t · inputsPerTrial + i.
 */
export function uniformDraws(seed: number, count: number): Float64Array {
  const next = mulberry32(seed);
  const draws = new Float64Array(count);
  for (let i = 0; i < count; i++) draws[i] = next();
  return draws;
}
