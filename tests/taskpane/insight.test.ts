import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { tornado } from "../../src/core/tornado";
import { PRESET_IDS, presetScenario, toCaseInputs } from "../../src/scenario";
import { toTornadoSteps } from "../../src/scenario/tornado";
import { paybackHistogramSvg } from "../../src/taskpane/chart/histogram";
import { computeInsight, describeInsight } from "../../src/taskpane/insight";
import { InsightScheduler } from "../../src/taskpane/insight-scheduler";
import { isFormulaCell } from "../../src/workbook/plan-types";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { parseAddress } from "../helpers/evaluate-plan";
import { testLocale } from "./locale";

/** The value the workbook caches in the cell a defined name points at. */
function cachedNamedValue(plan: ReturnType<typeof buildWorkbookPlan>, name: string): unknown {
  const named = plan.names.find((n) => n.name === name)!;
  const target = parseAddress(named.range.replace(/\$/g, ""));
  const sheet = plan.sheets.find((s) => s.key === named.sheet)!;
  for (const block of sheet.blocks) {
    const at = parseAddress(block.anchor);
    const c = block.cells[target.row - at.row]?.[target.col - at.col];
    if (c !== undefined && target.row >= at.row && target.col >= at.col) return isFormulaCell(c) ? c.value : c;
  }
  throw new Error(`${name} not found`);
}

describe("the pane's insight", () => {
  test.each(PRESET_IDS)("preset %s: the pane's probability is the Risk sheet's RiskProbPaybackByTarget", (id) => {
    const s = presetScenario(id);
    const insight = computeInsight(s);
    expect(insight.probability).toBe(cachedNamedValue(buildWorkbookPlan(s), "RiskProbPaybackByTarget"));
    expect(insight.trials).toBe(1000);
    expect(insight.histogram.reduce((a, b) => a + b, 0) + insight.notPaidBack).toBe(1000);
  });

  test("the top three drivers are the tornado's first three rows", () => {
    const s = presetScenario("base");
    const rows = tornado(toCaseInputs(s), toTornadoSteps(s));
    expect(computeInsight(s).drivers).toEqual(rows.slice(0, 3).map(({ input, swing }) => ({ input, swing })));
  });

  test("in words, English and German", () => {
    const insight = {
      drivers: [
        { input: "growth", swing: 20 },
        { input: "margin", swing: 10 },
        { input: "capexTotal", swing: 4 },
      ] as const,
      probability: 0.384,
      trials: 1000,
      targetYear: 2033,
      firstYear: 2025,
      histogram: [0, 0, 1, 2, 3, 4, 5, 6, 7, 8],
      notPaidBack: 964,
    };
    const en = describeInsight(insight, testLocale("en-US"));
    expect(en.drivers).toBe(
      "NPV moves most with growth (±RMB 10 bn), then cash margin (±RMB 5 bn) and capex (±RMB 2 bn).",
    );
    expect(en.risk).toBe("Paid back (discounted) by 2033 in 38% of 1,000 trials.");
    const de = describeInsight(insight, testLocale("de-DE"));
    // German writes a no-break space before the percent sign.
    expect(de.risk).toBe("Amortisiert (diskontiert) bis 2033 in 38\u00a0% von 1.000 Durchläufen.");
    expect(de.drivers).toContain("dann mit der Cash-Marge (±5 Mrd. RMB) und dem Capex (±2 Mrd. RMB).");
    expect(en.chart).toContain(
      'aria-label="Trials paying back (discounted) in each year from 2025 to 2034: most in 2034',
    );
    expect(XMLValidator.validate(en.chart)).toBe(true);
    const one = describeInsight({ ...insight, drivers: insight.drivers.slice(0, 1) }, testLocale("en-US"));
    expect(one.drivers).toBe("NPV moves most with growth (±RMB 10 bn).");
  });

  test("the histogram is well-formed for any counts, and escapes its texts", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 1, maxLength: 50 }), (counts) => {
        const svg = paybackHistogramSvg(counts, { caption: "<c>", alternative: 'a"b', first: "2025", last: "2034" });
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).not.toContain("NaN");
        expect(svg.match(/<rect/g)).toHaveLength(counts.length);
      }),
    );
  });

  test("the scheduler runs only the newest request, after the pause, and can be cancelled", () => {
    jest.useFakeTimers();
    try {
      const scheduler = new InsightScheduler(100);
      const runs: number[] = [];
      scheduler.schedule(() => runs.push(1));
      scheduler.schedule(() => runs.push(2));
      jest.advanceTimersByTime(99);
      expect(runs).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(runs).toEqual([2]);
      scheduler.schedule(() => runs.push(3));
      scheduler.cancel();
      jest.advanceTimersByTime(1000);
      expect(runs).toEqual([2]);
    } finally {
      jest.useRealTimers();
    }
  });

  test("a scenario the risk run cannot take throws rather than showing a wrong answer", () => {
    expect(() => computeInsight({ ...presetScenario("base"), riskGrowthBelow: 5 })).toThrow();
  });
});
