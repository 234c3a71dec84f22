/**
 * Defaults of the four earnings inputs of `shared/spec/model.md` ("Earnings and returns"), each with its source. The
 * scenario registry wires them in as the values a scenario file without these fields gets. Flags follow the benchmark
 * dataset's: "derived" (computed from reported figures) and "uncertain" (the best source found is not the current one).
 */

export interface SourcedDefault {
  readonly value: number;
  /** What the figure is and how it was obtained, with the source URL(s). */
  readonly source: string;
  readonly derived: boolean;
  readonly uncertain: boolean;
}

/**
 * Share of the capex that is technical infrastructure: computer equipment and software as a share of Alibaba's
 * depreciable property and equipment at cost, 31 March 2024 (RMB m): 117,458 / (135,132 buildings, property
 * improvements and other + 117,458 computer equipment and software + 20,367 furniture, office and transportation
 * equipment) = 0.430; construction in progress (42,677) is left out, as it is not yet depreciated. This is the whole
 * group's asset mix, campuses included; an AI build-out is likely richer in servers, so the share is a floor.
 */
export const INFRA_SHARE_DEFAULT: SourcedDefault = {
  value: 117_458 / (135_132 + 117_458 + 20_367),
  source:
    "Computer equipment and software / depreciable property and equipment at cost, 31 Mar 2024: " +
    "117,458 / (135,132 + 117,458 + 20,367) RMB m = 0.430 (Alibaba Group 20-F for FY2024, note 'Property and " +
    "equipment, net', https://www.sec.gov/Archives/edgar/data/1577552/000095017024063767/R94.htm).",
  derived: true,
  uncertain: false,
};

const USEFUL_LIVES_SOURCE =
  "Straight-line useful lives in Alibaba's notes to the financial statements, 'Property and equipment': computer " +
  "equipment 3 years, buildings 20 years (Alibaba.com Limited Annual Report 2007, note 2.5, " +
  "https://www.yumpu.com/en/document/view/18805215/vision-alibaba/104). The group's current 20-F table of useful " +
  "lives was not found in the sources searched; check it before relying on these lives.";

/** Useful life of servers, GPUs and network gear: "computer equipment", 3 years, in Alibaba's accounting policy. */
export const INFRA_LIFE_DEFAULT: SourcedDefault = {
  value: 3,
  source: USEFUL_LIVES_SOURCE,
  derived: false,
  uncertain: true,
};

/** Useful life of buildings and facilities: "buildings", 20 years, in Alibaba's accounting policy. */
export const FACILITY_LIFE_DEFAULT: SourcedDefault = {
  value: 20,
  source: USEFUL_LIVES_SOURCE,
  derived: false,
  uncertain: true,
};

/**
 * Alibaba Cloud Intelligence Group's adjusted EBITA margin in the September quarter of 2025 (Alibaba's FY26 Q2), the
 * latest quarter with both figures from one source: adjusted EBITA RMB 3.604 bn on revenue RMB 39.824 bn = 9.05%.
 * The September quarter of 2024 was 9% as well (SPDBI research summary, market-facts 1b).
 */
export const BASELINE_EBITA_MARGIN_DEFAULT: SourcedDefault = {
  value: 3.604 / 39.824,
  source:
    "Cloud Intelligence Group adjusted EBITA / revenue, quarter ended 30 Sep 2025: 3.604 / 39.824 RMB bn = 9.05% " +
    "(am730, 2025-11-26, https://www.am730.com.hk/%E8%B2%A1%E7%B6%93/%E5%AD%A3%E7%B8%BE%E7%AC%A6%E9%A0%90%E6%9C%9F-" +
    "%E9%98%BF%E9%87%8C%E5%B0%91%E8%B3%BA72-ai%E6%94%B6%E5%85%A5%E6%8F%90%E9%80%9F/622148; the same figures, " +
    "EBITA +35% to RMB 3.6 bn on revenue of RMB 39.8 bn: " +
    "https://parameter.io/alibaba-baba-stock-cloud-division-powers-past-forecasts-with-34-growth).",
  derived: true,
  uncertain: false,
};

/** The four defaults by scenario field name. */
export const EARNINGS_DEFAULTS = {
  infraShare: INFRA_SHARE_DEFAULT,
  infraLife: INFRA_LIFE_DEFAULT,
  facilityLife: FACILITY_LIFE_DEFAULT,
  baselineEbitaMargin: BASELINE_EBITA_MARGIN_DEFAULT,
} as const;
