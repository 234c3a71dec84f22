import { join } from "node:path";
import { companyFactsFor, readCompanyFacts } from "../../src/dataset/company-facts";
import { resolvePeriods } from "../../src/dataset/resolve";
import { offlineSource } from "../../src/dataset/source";

/**
 * The real company-facts response of Logistic Properties of the Americas (CIK 1997711), an IFRS filer of 20-F
 * reports. Expected values are those in the response itself.
 */

const SEC = join(__dirname, "..", "fixtures", "sec");
const CIK = 1997711;
const PURCHASES = "ifrs-full:PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities";
const FORMS = new Set(["20-F", "20-F/A"]);

describe("company facts of an IFRS filer", () => {
  it("reads ifrs-full concepts, resolving the years that two 20-Fs report", async () => {
    const facts = await readCompanyFacts(offlineSource(SEC), CIK);
    const found = companyFactsFor(facts, CIK, [PURCHASES], "USD", FORMS);
    const years = resolvePeriods(found, [PURCHASES]).map((figure) => [
      figure.end,
      figure.value,
      figure.facts[0].accession,
    ]);
    expect(years).toEqual([
      ["2021-12-31", 97_687, "0001493152-24-016772"],
      // 2022 and 2023 are in both the 2023 and the 2024 20-F: the later filing is the one kept.
      ["2022-12-31", 88_487, "0001997711-25-000030"],
      ["2023-12-31", 126_476, "0001997711-25-000030"],
      ["2024-12-31", 71_066, "0001997711-25-000030"],
    ]);
  });

  it("rejects us-gaap concepts with a message that names the taxonomy the company uses", async () => {
    const facts = await readCompanyFacts(offlineSource(SEC), CIK);
    expect(() =>
      companyFactsFor(facts, CIK, ["us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"], "USD", FORMS),
    ).toThrow(
      "/api/xbrl/companyfacts/CIK0001997711.json: Logistic Properties of the Americas reports in ifrs-full, not us-gaap; configure concepts of its taxonomy (e.g. ifrs-full:...)",
    );
  });

  it("leaves out facts in another unit and instants", async () => {
    const facts = await readCompanyFacts(offlineSource(SEC), CIK);
    expect(companyFactsFor(facts, CIK, [PURCHASES], "CNY", FORMS)).toEqual([]);
    expect(companyFactsFor(facts, CIK, ["ifrs-full:PropertyPlantAndEquipment"], "USD", FORMS)).toEqual([]);
  });
});
