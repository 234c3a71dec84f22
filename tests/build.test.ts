import * as fs from "fs";
import { distPath } from "./helpers/dist";

describe("production build", () => {
  it("emits the shared-runtime page with the runtime, functions and pane bundles, and functions.json", () => {
    const html = fs.readFileSync(distPath("taskpane.html"), "utf8");
    for (const bundle of ["runtime.js", "functions.js", "taskpane.js"]) expect(html).toContain(bundle);
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const metadata = JSON.parse(fs.readFileSync(distPath("functions.json"), "utf8"));
    expect(metadata.functions.map((f: { id: string }) => f.id)).toEqual(
      expect.arrayContaining(["PACING", "CLOUDGROWTH", "PAYBACKYEAR", "REQUIREDGROWTH"]),
    );
  });
});
