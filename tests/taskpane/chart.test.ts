import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { presetScenario, type PresetId } from "../../src/scenario";
import { summaryChartsMarkup } from "../../src/taskpane/chart";
import { cashFlowChartSvg } from "../../src/taskpane/chart/cash-flow";
import { growthChartSvg } from "../../src/taskpane/chart/growth";
import { computeSummary, describeSummary } from "../../src/taskpane/summary";
import { scenarioAdapter } from "../../src/taskpane/scenario-adapter";
import { testLocale } from "./locale";

const cashLabels = { caption: "Cash", paybackMark: "Payback", alternative: "Alt", low: "-10", high: "5" };
const growthLabels = {
  caption: "Growth",
  alternative: "Alt",
  neededName: "Needed",
  assumedName: "Assumed",
  needed: "20%",
  assumed: "10%",
};

const attr = (markup: string, tag: string, name: string) =>
  Array.from(markup.matchAll(new RegExp(`<${tag}[^>]* ${name}="([^"]*)"`, "g")), (m) => Number(m[1]));

/** The pane's summary for a preset, as the controller makes it. */
function paneSummary(preset: PresetId, tag: string) {
  const values = scenarioAdapter([]).toValues(presetScenario(preset));
  return describeSummary(computeSummary(values), values.targetPaybackYear, testLocale(tag));
}

describe("cumulative cash flow chart", () => {
  it("draws one bar per year, red below zero and green above, and a line at the payback point", () => {
    const svg = cashFlowChartSvg({ firstYear: 2025, cumulative: [-100, -50, 10], payback: 2026.83 }, cashLabels);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.match(/class="cc-neg"/g)).toHaveLength(2);
    expect(svg.match(/class="cc-pos"/g)).toHaveLength(1);
    const xs = attr(svg, "rect", "x");
    const widths = attr(svg, "rect", "width");
    const centres = xs.map((x, i) => x + widths[i] / 2);
    const [mark] = attr(svg, 'line class="cc-mark"', "x1");
    // 2026.83 lies 83% of the way from the 2026 bar to the 2027 bar.
    expect(mark).toBeCloseTo(centres[1] + 0.83 * (centres[2] - centres[1]), 0);
    expect(svg).toContain(">2025<");
    expect(svg).toContain(">2027<");
  });

  it("has no payback line when it does not pay back", () => {
    const svg = cashFlowChartSvg({ firstYear: 2025, cumulative: [-100, -90], payback: null }, cashLabels);
    expect(svg).not.toContain("cc-mark");
  });

  it("is a labelled image whose accessible name is the text alternative, with every text escaped", () => {
    const hostile = '<script>alert("x")</script> & more';
    const svg = cashFlowChartSvg(
      { firstYear: 2025, cumulative: [1], payback: null },
      { ...cashLabels, caption: hostile, alternative: hostile },
    );
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more"');
    expect(svg).not.toContain("<script>");
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it("stays well-formed and finite for any flows and payback year", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { maxLength: 50 }),
        fc.option(fc.double({ min: 2000, max: 2100, noNaN: true })),
        (cumulative, payback) => {
          const svg = cashFlowChartSvg({ firstYear: 2025, cumulative, payback }, cashLabels);
          expect(XMLValidator.validate(svg)).toBe(true);
          expect(svg).not.toMatch(/NaN|Infinity/);
          expect(svg.match(/<rect /g)?.length ?? 0).toBe(cumulative.length);
          for (const h of attr(svg, "rect", "height")) expect(h).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe("needed against assumed growth chart", () => {
  it("draws the two rates on one scale", () => {
    const svg = growthChartSvg({ needed: 0.2, assumed: 0.1 }, growthLabels);
    const [needed, assumed] = attr(svg, "rect", "width");
    expect(needed / assumed).toBeCloseTo(2, 1);
    expect(svg).toContain(">Needed<");
    expect(svg).toContain(">20%<");
  });

  it("draws only the assumed rate when there is no needed rate, and a negative rate to the left of zero", () => {
    expect(growthChartSvg({ needed: null, assumed: 0.1 }, growthLabels).match(/<rect /g)).toHaveLength(1);
    const svg = growthChartSvg({ needed: 0.2, assumed: -0.1 }, growthLabels);
    const [axis] = attr(svg, 'line class="cc-axis"', "x1");
    const [, assumedX] = attr(svg, "rect", "x");
    expect(assumedX).toBeLessThan(axis);
  });
});

describe("the summary's charts", () => {
  it("say in words what they show, in English, from the core's figures (base: not within ten years, 22.6% needed)", () => {
    const charts = paneSummary("base", "en-US").charts;
    expect(charts).toContain("Cumulative discounted cash flow from 2025 to 2034: lowest RMB ");
    expect(charts).toContain("payback: not within the horizon.");
    expect(charts).toContain("Needed: 22.6% growth a year to pay back by the target year; assumed: 11%.");
    expect(charts).not.toContain('class="cc-mark"');
  });

  it("mark the discounted payback of the bull case (2031.5) and speak German", () => {
    expect(paneSummary("bull", "en-US").charts).toContain(">Payback 2031.5<");
    // German puts a no-break space before "%".
    const de = paneSummary("bull", "de-DE").charts.replace(/\u00a0/g, " ");
    expect(de).toContain(">Amortisation 2031,5<");
    expect(de).toContain("Nötig: 18,9 % Wachstum pro Jahr");
    expect(de).toContain("Kumulierter diskontierter Cashflow von 2025 bis 2034");
  });

  it("style every shape for high-contrast mode with system colours", () => {
    const charts = paneSummary("base", "en-US").charts;
    expect(charts).toMatch(/@media \(forced-colors:active\)\{[^<]*CanvasText[^<]*Highlight/);
  });

  it("draw the assumed rate alone, with a sentence that says so, under custom pacing", () => {
    const locale = testLocale("en-US");
    const markup = summaryChartsMarkup(
      {
        firstYear: 2025,
        cumulativeDiscounted: [-1, 2],
        payback: { kind: "nothingToPayBack" },
        needed: null,
        assumed: 0.11,
      },
      locale,
    );
    expect(markup).toContain("payback: nothing to pay back.");
    expect(markup).toContain("there is no needed rate to compare it with");
  });
});
