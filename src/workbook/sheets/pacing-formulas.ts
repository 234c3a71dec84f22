import type { PacingProfile } from "../../core/pacing";

/**
 * The arithmetic of the pacing weights as formula text, written once: the Capex sheet lays each piece out on its own
 * row (flag, elapsed shares, the S-curve's G, one row per profile), and each block of the Scenarios sheet folds the
 * same pieces into one formula per year for its own profile. Both take the pieces from here, so the two cannot drift
 * apart; the core's `profileWeights` is what both compute (and what they cache).
 */

/** 1 in the capex years, 0 after: `n` is the model year number, `years` the number of capex years. */
export function capexYearFlagFormula(n: string, years: string): string {
  return `IF(${n}<=${years},1,0)`;
}

/** The share of the capex years elapsed at the start of model year `n` (capped at 1). */
export function elapsedAtStartFormula(n: string, years: string): string {
  return `MIN((${n}-1)/${years},1)`;
}

/** The share of the capex years elapsed at the end of model year `n` (capped at 1). */
export function elapsedAtEndFormula(n: string, years: string): string {
  return `MIN(${n}/${years},1)`;
}

/** The S-curve's inputs: steepness and midpoint, and the logistic's values at both ends of the schedule. */
export interface SCurveTerms {
  readonly steepness: string;
  readonly midpoint: string;
  readonly logisticAtStart: string;
  readonly logisticAtEnd: string;
}

/** G(x): the logistic at the share of the schedule elapsed `x`, rescaled to run from 0 to 1 (core `sCurveCumulative`). */
export function sCurveCumulativeFormula(x: string, t: SCurveTerms): string {
  return `(1/(1+EXP(-${t.steepness}*(${x}-${t.midpoint})))-${t.logisticAtStart})/(${t.logisticAtEnd}-${t.logisticAtStart})`;
}

/** What each profile's weight of one year is made of: the year's number and flag, the S-curve's weight, the custom one. */
export interface WeightTerms {
  readonly n: string;
  readonly years: string;
  readonly flag: string;
  /** The S-curve's weight of the year: G at its end minus G at its start. */
  readonly sCurveWeight: string;
  /** The custom weight typed for the year on Inputs. */
  readonly customWeight: string;
}

/** One year's weight under each profile (core `profileWeights`: even 1, front n − i + 1, back i, S-curve, custom). */
export function profileWeightFormulas(t: WeightTerms): Record<PacingProfile, string> {
  return {
    even: t.flag,
    front: `${t.flag}*(${t.years}-${t.n}+1)`,
    back: `${t.flag}*${t.n}`,
    scurve: t.sCurveWeight,
    custom: `${t.flag}*${t.customWeight}`,
  };
}

/** The weight of the profile whose key `profile` holds: the five profiles' formulas folded into one IF chain. */
export function chosenWeightFormula(profile: string, weights: Record<PacingProfile, string>): string {
  return (
    `IF(${profile}="even",${weights.even},IF(${profile}="front",${weights.front},` +
    `IF(${profile}="back",${weights.back},IF(${profile}="scurve",${weights.scurve},${weights.custom}))))`
  );
}
