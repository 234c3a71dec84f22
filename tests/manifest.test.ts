/**
 * Offline checks of manifest.xml: what Office would reject or what would load a broken add-in, without Microsoft's
 * online validator (`npm run validate`). Each checker returns a list of problems; every checker is also run on a
 * deliberately broken copy, so that a checker that can no longer see a problem fails here.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { distPath } from "./helpers/dist";

const { DEV_BASE_URL, normaliseBaseUrl, rewriteManifest } = require("../scripts/base-url");

const MANIFEST_PATH = path.resolve(__dirname, "..", "manifest.xml");
const manifestXml = fs.readFileSync(MANIFEST_PATH, "utf8");

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Raw = Record<string, unknown>;

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(":") + 1);

function toNode(raw: Raw): XmlNode | null {
  const name = Object.keys(raw).find((key) => key !== ":@");
  if (!name || name === "#text" || name.startsWith("?")) return null;
  const body = (raw[name] as Raw[]) ?? [];
  const attrs = (raw[":@"] as Record<string, string>) ?? {};
  const children = body.map(toNode).filter((n): n is XmlNode => n !== null);
  const text = body
    .filter((entry) => "#text" in entry)
    .map((entry) => String(entry["#text"]))
    .join("");
  return { name: localName(name), attrs, children, text };
}

/** Throws with the parser's message if the XML is not well formed. */
function parseManifest(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`manifest is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
  });
  const roots = (parser.parse(xml) as Raw[]).map(toNode).filter((n): n is XmlNode => n !== null);
  if (roots.length !== 1 || roots[0].name !== "OfficeApp") throw new Error("the root element must be OfficeApp");
  return roots[0];
}

function walk(node: XmlNode, visit: (node: XmlNode, parent: XmlNode | null) => void, parent: XmlNode | null = null) {
  visit(node, parent);
  for (const child of node.children) walk(child, visit, node);
}

/**
 * Child order the schema enforces (xs:sequence), from Microsoft's "How to find the proper order of manifest elements"
 * and the MS-OWEMXML schema for task pane add-ins. Keyed by element name, or name@xsi:type where the type decides.
 * Only elements this manifest can contain are listed; an element not listed under its parent is reported too.
 */
const CHILD_ORDER: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
  ],
  Requirements: ["Sets", "Methods"],
  "VersionOverrides@VersionOverridesV1_0": [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  "Host@Workbook": ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  "ExtensionPoint@CustomFunctions": ["Script", "Page", "Metadata", "Namespace"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  "Control@Button": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action@ShowTaskpane": ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

function orderKey(node: XmlNode): string {
  const type = node.attrs["xsi:type"];
  return type && `${node.name}@${type}` in CHILD_ORDER ? `${node.name}@${type}` : node.name;
}

function orderProblems(root: XmlNode): string[] {
  const problems: string[] = [];
  walk(root, (node) => {
    const order = CHILD_ORDER[orderKey(node)];
    if (!order) return;
    let last = -1;
    for (const child of node.children) {
      const at = order.indexOf(child.name);
      if (at < 0) problems.push(`<${child.name}> is not an allowed child of <${orderKey(node)}>`);
      else if (at < last) problems.push(`<${child.name}> must come before <${order[last]}> in <${orderKey(node)}>`);
      else last = at;
    }
  });
  return problems;
}

/** Which resource list each kind of reference must point into. */
const RESID_KIND: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

function resources(root: XmlNode): Map<string, { kind: string; value: string }> {
  const found = new Map<string, { kind: string; value: string }>();
  walk(root, (node, parent) => {
    if (
      parent &&
      node.attrs.id !== undefined &&
      ["Images", "Urls", "ShortStrings", "LongStrings"].includes(parent.name)
    )
      found.set(node.attrs.id, { kind: parent.name, value: node.attrs.DefaultValue ?? "" });
  });
  return found;
}

function residProblems(root: XmlNode): string[] {
  const problems: string[] = [];
  const defined = resources(root);
  const seen = new Set<string>();
  walk(root, (node, parent) => {
    if (parent && ["Images", "Urls", "ShortStrings", "LongStrings"].includes(parent.name)) {
      if (seen.has(node.attrs.id)) problems.push(`resource id "${node.attrs.id}" is defined twice`);
      seen.add(node.attrs.id);
      // Office rejects resource ids longer than 32 characters.
      if ((node.attrs.id ?? "").length > 32) problems.push(`resource id "${node.attrs.id}" is longer than 32`);
    }
    const resid = node.attrs.resid;
    if (resid === undefined) return;
    const target = defined.get(resid);
    if (!target) problems.push(`<${node.name} resid="${resid}"> refers to no resource`);
    else if (RESID_KIND[node.name] && RESID_KIND[node.name] !== target.kind)
      problems.push(`<${node.name} resid="${resid}"> must refer to ${RESID_KIND[node.name]}, not ${target.kind}`);
  });
  return problems;
}

/**
 * URLs Office fetches; every one sits in a DefaultValue attribute or a locale override's Value (xmlns URIs are names,
 * never fetched).
 */
function urlsIn(xml: string): string[] {
  return [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
}

/** Excel in these languages gets the German function names and help. */
const GERMAN_LOCALES = ["de-DE", "de-AT", "de-CH"];

/** The custom-functions metadata URL must be overridden for every German locale with the German file beside it. */
function localeOverrideProblems(root: XmlNode): string[] {
  let metadataResid: string | undefined;
  walk(root, (node, parent) => {
    if (node.name === "SourceLocation" && parent?.name === "Metadata") metadataResid = node.attrs.resid;
  });
  let metadataUrl: XmlNode | undefined;
  walk(root, (node) => {
    if (node.name === "Url" && node.attrs.id === metadataResid) metadataUrl = node;
  });
  if (!metadataUrl) return ["no URL resource for the functions metadata"];
  const english = metadataUrl.attrs.DefaultValue;
  const expected = english.replace(/functions\.json$/, "functions-de.json");
  const overrides = metadataUrl.children.filter((child) => child.name === "Override");
  const problems: string[] = [];
  for (const locale of GERMAN_LOCALES) {
    const found = overrides.filter((o) => o.attrs.Locale === locale);
    if (found.length !== 1) problems.push(`${locale}: ${found.length} metadata overrides, not 1`);
    else if (found[0].attrs.Value !== expected) problems.push(`${locale}: ${found[0].attrs.Value}, not ${expected}`);
  }
  for (const o of overrides)
    if (!GERMAN_LOCALES.includes(o.attrs.Locale)) problems.push(`an override for ${o.attrs.Locale}, which has no file`);
  return problems;
}

/** Every URL under the base must be a file in the build; every other URL is a mistake (it would not be deployed). */
function fileProblems(xml: string, baseUrl: string, dir: string): string[] {
  const problems: string[] = [];
  for (const url of urlsIn(xml)) {
    if (!url.startsWith(baseUrl)) {
      problems.push(`${url} is not under ${baseUrl}`);
      continue;
    }
    const file = path.join(dir, ...url.slice(baseUrl.length).split("?")[0].split("/"));
    if (!fs.existsSync(file)) problems.push(`${url} is not in the build (${file})`);
  }
  return problems;
}

/** Function ids from shared/spec/functions.md and model.md (CAPEX.REQUIREDGROWTH, CAPEX.DEPRECIATION). */
const CONTRACT_FUNCTION_IDS = ["PACING", "CLOUDGROWTH", "PAYBACKYEAR", "BENCHMARK", "REQUIREDGROWTH", "DEPRECIATION"];
const REQUIRED_FUNCTION_IDS = CONTRACT_FUNCTION_IDS;

function functionProblems(root: XmlNode, metadata: { functions: { id: string; name: string }[] }): string[] {
  const problems: string[] = [];
  let namespaceResid: string | undefined;
  walk(root, (node) => {
    if (node.name === "Namespace") namespaceResid = node.attrs.resid;
  });
  const namespace = namespaceResid ? resources(root).get(namespaceResid)?.value : undefined;
  if (namespace !== "CAPEX") problems.push(`the custom-functions namespace is ${namespace}, not CAPEX`);
  const ids = metadata.functions.map((f) => f.id);
  for (const id of REQUIRED_FUNCTION_IDS) if (!ids.includes(id)) problems.push(`functions.json lacks ${id}`);
  for (const id of ids)
    if (!CONTRACT_FUNCTION_IDS.includes(id)) problems.push(`functions.json has ${id}, not in the contract`);
  if (new Set(ids).size !== ids.length) problems.push("functions.json repeats an id");
  return problems;
}

function replaceOnce(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`test setup: "${from}" is not in the manifest`);
  return xml.replace(from, to);
}

describe("manifest.xml", () => {
  const root = parseManifest(manifestXml);

  it("is well-formed XML with OfficeApp at the root, and a broken copy is reported", () => {
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(() => parseManifest(replaceOnce(manifestXml, "</Permissions>", "</Permission>"))).toThrow(/well-formed/);
  });

  it("keeps the child order Office enforces, and sees a swapped pair", () => {
    expect(orderProblems(root)).toEqual([]);
    const swapped = replaceOnce(
      manifestXml,
      "<Version>0.1.0.0</Version>\n  <ProviderName>Cloud Capex</ProviderName>",
      "<ProviderName>Cloud Capex</ProviderName>\n  <Version>0.1.0.0</Version>",
    );
    expect(orderProblems(parseManifest(swapped))).toEqual(["<Version> must come before <ProviderName> in <OfficeApp>"]);
    const stray = replaceOnce(manifestXml, "<Namespace resid", "<Bogus/><Namespace resid");
    expect(orderProblems(parseManifest(stray))).toContain(
      "<Bogus> is not an allowed child of <ExtensionPoint@CustomFunctions>",
    );
  });

  it("declares what the add-in needs: Excel, shared runtime, read/write, a Home tab button opening the pane", () => {
    const find = (name: string, where: XmlNode = root): XmlNode[] => {
      const out: XmlNode[] = [];
      walk(where, (n) => n.name === name && out.push(n));
      return out;
    };
    expect(find("Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    expect(find("Permissions")[0].text).toBe("ReadWriteDocument");
    expect(find("Set").map((s) => s.attrs.Name)).toContain("SharedRuntime");
    const runtime = find("Runtime")[0];
    expect(runtime.attrs).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
    const page = find("Page")[0].children[0];
    expect(page.attrs.resid).toBe("Taskpane.Url");
    expect(find("OfficeTab")[0].attrs.id).toBe("TabHome");
    const action = find("Action")[0];
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(find("TaskpaneId", action)[0].text).toBe("ButtonId1");
    expect(find("SourceLocation", action)[0].attrs.resid).toBe("Taskpane.Url");
    expect(find("Id")[0].text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const sizes = find("Image")
      .filter((i) => i.attrs.size)
      .map((i) => i.attrs.size);
    expect(new Set(sizes)).toEqual(new Set(["16", "32", "80"]));
  });

  it("defines every resid it uses, in the right resource list, and sees a missing or mistyped one", () => {
    expect(residProblems(root)).toEqual([]);
    const missing = replaceOnce(manifestXml, 'resid="Functions.Metadata.Url"', 'resid="Functions.Metadata.Link"');
    expect(residProblems(parseManifest(missing))).toEqual([
      '<SourceLocation resid="Functions.Metadata.Link"> refers to no resource',
    ]);
    const mistyped = replaceOnce(
      manifestXml,
      '<Namespace resid="Functions.Namespace"/>',
      '<Namespace resid="Taskpane.Url"/>',
    );
    expect(residProblems(parseManifest(mistyped))).toEqual([
      '<Namespace resid="Taskpane.Url"> must refer to ShortStrings, not Urls',
    ]);
  });

  it("points only at files that the production build contains, and sees a missing one", () => {
    const built = fs.readFileSync(distPath("manifest.xml"), "utf8");
    const dir = path.dirname(distPath("manifest.xml"));
    expect(urlsIn(built).length).toBeGreaterThanOrEqual(8);
    expect(fileProblems(built, DEV_BASE_URL, dir)).toEqual([]);
    const broken = replaceOnce(built, `${DEV_BASE_URL}assets/icon-80.png`, `${DEV_BASE_URL}assets/icon-96.png`);
    expect(fileProblems(broken, DEV_BASE_URL, dir)).toEqual([
      `${DEV_BASE_URL}assets/icon-96.png is not in the build (${path.join(dir, "assets", "icon-96.png")})`,
    ]);
    const elsewhere = replaceOnce(built, `${DEV_BASE_URL}functions.js`, "https://cdn.example/functions.js");
    expect(fileProblems(elsewhere, DEV_BASE_URL, dir)).toEqual([
      `https://cdn.example/functions.js is not under ${DEV_BASE_URL}`,
    ]);
  });

  it("gives Excel in German the German function metadata, and sees a missing or misdirected override", () => {
    expect(localeOverrideProblems(root)).toEqual([]);
    const missing = replaceOnce(
      manifestXml,
      '<bt:Override Locale="de-AT" Value="https://localhost:3000/functions-de.json"/>',
      "",
    );
    expect(localeOverrideProblems(parseManifest(missing))).toEqual(["de-AT: 0 metadata overrides, not 1"]);
    const misdirected = replaceOnce(
      manifestXml,
      '<bt:Override Locale="de-CH" Value="https://localhost:3000/functions-de.json"/>',
      '<bt:Override Locale="de-CH" Value="https://localhost:3000/functions.json"/>',
    );
    expect(localeOverrideProblems(parseManifest(misdirected))).toEqual([
      "de-CH: https://localhost:3000/functions.json, not https://localhost:3000/functions-de.json",
    ]);
    const french = replaceOnce(manifestXml, 'Locale="de-DE"', 'Locale="fr-FR"');
    expect(localeOverrideProblems(parseManifest(french))).toEqual([
      "de-DE: 0 metadata overrides, not 1",
      "an override for fr-FR, which has no file",
    ]);
  });

  it("points the German override at the build's functions-de.json (checked to exist above)", () => {
    expect(urlsIn(fs.readFileSync(distPath("manifest.xml"), "utf8"))).toContain(`${DEV_BASE_URL}functions-de.json`);
  });

  it("uses the CAPEX namespace and the function ids of the built functions.json, and sees a mismatch", () => {
    const metadata = JSON.parse(fs.readFileSync(distPath("functions.json"), "utf8"));
    expect(functionProblems(root, metadata)).toEqual([]);
    const renamed = replaceOnce(
      manifestXml,
      'id="Functions.Namespace" DefaultValue="CAPEX"',
      'id="Functions.Namespace" DefaultValue="CAPX"',
    );
    expect(functionProblems(parseManifest(renamed), metadata)).toEqual([
      "the custom-functions namespace is CAPX, not CAPEX",
    ]);
    const withoutPacing = { functions: metadata.functions.filter((f: { id: string }) => f.id !== "PACING") };
    expect(functionProblems(root, withoutPacing)).toEqual(["functions.json lacks PACING"]);
    const extra = { functions: [...metadata.functions, { id: "NPV", name: "NPV" }] };
    expect(functionProblems(root, extra)).toEqual(["functions.json has NPV, not in the contract"]);
  });
});

describe("production rewrite of the manifest", () => {
  it("leaves no localhost URL and keeps the manifest valid when a baseUrl is given", () => {
    const base = "https://contoso.example/capex-addin";
    const rewritten = rewriteManifest(manifestXml, base);
    expect(rewritten).not.toMatch(/localhost/i);
    const urls = urlsIn(rewritten);
    expect(urls.length).toBe(urlsIn(manifestXml).length);
    for (const url of urls) expect(url.startsWith(`${base}/`)).toBe(true);
    const rewrittenRoot = parseManifest(rewritten);
    expect(orderProblems(rewrittenRoot)).toEqual([]);
    expect(residProblems(rewrittenRoot)).toEqual([]);
  });

  it("rejects a baseUrl that is not https, or not a URL", () => {
    expect(() => rewriteManifest(manifestXml, "http://contoso.example/capex/")).toThrow(/https/);
    expect(() => normaliseBaseUrl("contoso.example/capex")).toThrow(/not a URL/);
  });

  it("makes webpack refuse an http baseUrl, and a plain build prepare no certificate", async () => {
    const makeConfig = require("../webpack.config.js");
    await expect(makeConfig({ baseUrl: "http://contoso.example/" }, { mode: "production" })).rejects.toThrow(/https/);
    const config = await makeConfig({ baseUrl: "https://contoso.example/capex" }, { mode: "production" });
    expect(config.devServer.server).toEqual({ type: "https" });
  });
});
