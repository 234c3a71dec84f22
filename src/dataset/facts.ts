/** One reported amount for a duration, wherever it was read from, with the filing that reported it. */
export interface SourceFact {
  concept: string;
  /** In the currency's units (not billions). */
  value: number;
  /** ISO 4217 code as the filing gives it (USD, CNY). */
  unit: string;
  start: string;
  end: string;
  accession: string;
  form: string;
  filed: string;
  /** The segment member the fact was reported for, if any. */
  member?: string;
}
