import type { BenchmarkDataset, Figure } from "../../benchmarks/schema";
import { inputRef } from "./inputs";
import { cell, COL, FMT, formula, ROW, SheetBuilder, TAB, type SheetModule } from "./layout";

/**
 * The Benchmarks sheet. Without a dataset it says so and stays empty: the dataset (owned by the benchmarks module)
 * is optional so that the model can be built before the data exists. With one, a comparison block sets the plan's
 * yearly capex beside each provider's latest annual capex, and a table lists every figure with its source.
 */

/** Metric id of capital expenditure in the dataset. */
export const CAPEX_METRIC = "capex";
export const BENCHMARK_TABLE_NAME = "BenchmarkFigures";

const COMPARISON_HEADER_ROW = ROW.firstContent + 3;

/** The latest annual USD capex figure of each provider other than the one modelled, as the comparison uses them. */
export function comparisonFigures(dataset: BenchmarkDataset): Figure[] {
  const latest = new Map<string, Figure>();
  for (const figure of dataset.figures) {
    if (figure.metric !== CAPEX_METRIC || figure.currency !== "USD" || figure.periodKind !== "year") continue;
    if (figure.provider.startsWith("alibaba")) continue;
    const seen = latest.get(figure.provider);
    if (!seen || figure.periodEnd > seen.periodEnd) latest.set(figure.provider, figure);
  }
  return [...latest.values()];
}

export const benchmarksSheet: SheetModule = {
  key: "benchmarks",
  build(ctx) {
    const b = new SheetBuilder(ctx, "benchmarks");
    b.title("Benchmarks: competitors' published figures").masterCheckLink();
    const dataset = ctx.dataset;
    if (!dataset) {
      b.set(ROW.firstContent, COL.label, "No benchmark dataset was included when this workbook was built.");
      b.format(cell(COL.label, ROW.firstContent), "note");
      return b.build({ tabColor: TAB.output, columnWidths: [{ column: COL.label, width: 70 }] });
    }
    const { scenario } = ctx;
    b.set(ROW.firstContent, COL.label, `${dataset.title}, as of ${dataset.asOf} (version ${dataset.version})`);
    b.format(cell(COL.label, ROW.firstContent), "note");

    b.heading(COMPARISON_HEADER_ROW - 1, "The plan's yearly capex beside competitors' latest annual capex");
    ["Provider", "Unit", "Capex a year", "Plan as share"].forEach((t, i) =>
      b.set(COMPARISON_HEADER_ROW, COL.label + i, t),
    );
    b.set(COMPARISON_HEADER_ROW, COL.note, "Period and source");
    b.format(`${cell(COL.label, COMPARISON_HEADER_ROW)}:${cell(COL.note, COMPARISON_HEADER_ROW)}`, "tableHeader");
    const planRow = COMPARISON_HEADER_ROW + 1;
    const planUsd = scenario.capexTotal / scenario.capexYears / scenario.fx;
    b.valueRow(
      planRow,
      "Alibaba plan (capex total ÷ capex years ÷ exchange rate)",
      "USD bn",
      formula(`${inputRef(ctx, "capexTotal")}/${inputRef(ctx, "capexYears")}/${inputRef(ctx, "fx")}`, planUsd),
      "calculation",
      FMT.usdBn,
      "From the Inputs sheet",
    );
    const planCell = cell(COL.constant, planRow, true);
    const names = new Map(dataset.providers.map((p) => [p.id, p.name]));
    const figures = comparisonFigures(dataset);
    figures.forEach((figure, i) => {
      const row = planRow + 1 + i;
      b.valueRow(row, names.get(figure.provider) ?? figure.provider, figure.unit, figure.value, "link", FMT.usdBn);
      b.set(row, COL.total, formula(`${planCell}/${cell(COL.constant, row)}`, planUsd / figure.value));
      b.format(cell(COL.total, row), "calculation", "0%");
      b.set(row, COL.note, `${figure.period}; ${figure.publisher}; ${figure.sourceUrl}`);
      b.format(cell(COL.note, row), "note");
    });

    const tableRow = planRow + figures.length + 3;
    b.heading(tableRow - 1, "All figures in the dataset");
    const metrics = new Map(dataset.metrics.map((m) => [m.id, m.name]));
    b.table({
      name: BENCHMARK_TABLE_NAME,
      anchor: cell(COL.label, tableRow),
      headers: [
        "Provider",
        "Metric",
        "Period",
        "Value",
        "Unit",
        "Currency",
        "Publisher",
        "Source",
        "Derived",
        "Uncertain",
      ],
      rows: dataset.figures.map((f) => [
        names.get(f.provider) ?? f.provider,
        metrics.get(f.metric) ?? f.metric,
        f.period,
        f.value,
        f.unit,
        f.currency,
        f.publisher,
        f.sourceUrl,
        f.derived,
        f.uncertain,
      ]),
      style: "TableStyleLight9",
      numberFormats: { Value: "#,##0.000" },
    });
    return b.build({
      tabColor: TAB.output,
      columnWidths: [
        { column: COL.label, width: 44 },
        { column: COL.unit, width: 24 },
        { column: COL.constant, width: 14 },
        { column: COL.total, width: 12 },
        { column: COL.note, width: 60 },
        { column: COL.note + 1, width: 40 },
      ],
      freeze: { rows: ROW.masterCheck, columns: 0 },
    });
  },
};
