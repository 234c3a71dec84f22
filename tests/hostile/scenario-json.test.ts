import * as fc from "fast-check";
import { MAX_SCENARIO_FILE_BYTES, parseScenarioJson, scenarioToJson } from "../../src/scenario/json";
import { presetScenario } from "../../src/scenario/presets";
import { describeValue, safeText } from "../../src/scenario/quote";

/** Issue 16, item 3: a scenario file can only ever yield problems with fields, never crash the parser. */

const base = () => JSON.parse(scenarioToJson(presetScenario("base"))) as Record<string, unknown>;
const problems = (text: string) => {
  const parsed = parseScenarioJson(text);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? [] : parsed.issues;
};

describe("a hostile scenario file is a list of problems", () => {
  test("a format whose toString is not a function", () => {
    const [issue] = problems(JSON.stringify({ format: { toString: 1 } }));
    expect(issue).toEqual({ field: "json", message: "This is not a scenario file (format an object)." });
  });

  test("a version that is a deeply nested list", () => {
    const nested = "[".repeat(20) + "]".repeat(20);
    const [issue] = problems(`{"version": ${nested}}`);
    expect(issue.message).toMatch(/version a list are not supported/);
  });

  test("a value nested 5,000 levels deep", () => {
    const [issue] = problems(`{"format": ${"[".repeat(5000)}${"]".repeat(5000)}}`);
    expect(issue.message).toMatch(/more than 32 deep/);
  });

  test("brackets inside strings do not count as nesting", () => {
    const parsed = parseScenarioJson(JSON.stringify({ ...base(), description: "[".repeat(5000) }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.field)).toEqual(["description"]);
  });

  test("a file above the size limit is refused before it is parsed", () => {
    const [issue] = problems(" ".repeat(MAX_SCENARIO_FILE_BYTES + 1));
    expect(issue.message).toBe("The file is too large for a scenario (over 1 MB).");
  });

  test("unknown field names are listed a few at a time, short and with escape codes shown as text", () => {
    const record: Record<string, unknown> = base();
    for (let i = 0; i < 1000; i++) record[`\u001b[2J${"x".repeat(200)}${i}`] = 1;
    const [issue] = problems(JSON.stringify(record));
    expect(issue.message).not.toContain("\u001b");
    expect(issue.message).toMatch(/\\u001b\[2J/);
    expect(issue.message).toMatch(/and 995 more\.$/);
    expect(issue.message.length).toBeLessThan(400);
  });

  test("invalid JSON quotes the text escaped and short", () => {
    const [issue] = problems(`{"name": "\u001b]0;owned\u0007${"y".repeat(10_000)}`);
    expect([...issue.message].every((ch) => ch.charCodeAt(0) >= 0x20)).toBe(true);
    expect(issue.message.length).toBeLessThan(300);
  });

  test("whatever the text, the parser answers and never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify({ format: v })),
        ),
        (t) => {
          expect(() => parseScenarioJson(t)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("safeText and describeValue", () => {
  test("control characters, bidi overrides and lone surrogates are shown as escapes", () => {
    expect(safeText("a\u001b[31mb\u202ec\ud800d\r\n")).toBe("a\\u001b[31mb\\u202ec\\ud800d\\u000d\\u000a");
  });

  test("emoji and right-to-left text pass unchanged", () => {
    expect(safeText("مرحبا 😀 中文")).toBe("مرحبا 😀 中文");
  });

  test("long text is cut with an ellipsis", () => {
    expect(safeText("x".repeat(100), 10)).toBe(`${"x".repeat(10)}…`);
  });

  test("values never run their own toString", () => {
    const hostile = { toString: () => "boom", valueOf: () => 1 };
    expect(describeValue(hostile)).toBe("an object");
    expect(describeValue([1, 2])).toBe("a list");
    expect(describeValue(3)).toBe("3");
  });
});
