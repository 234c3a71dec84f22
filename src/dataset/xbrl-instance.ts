import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * Reads the facts of an XBRL instance document: each numeric fact with its concept, unit, period and the explicit
 * dimensions of its context. Element names keep their prefixes for concepts and members (as the provider file names
 * them); the instance's own structure (context, unit, period...) is matched by local name, since filers differ on
 * whether the XBRL instance namespace is the default one or prefixed.
 */

export interface InstanceFact {
  concept: string;
  value: number;
  /** The unit's measure without its namespace prefix (USD, CNY, shares). */
  unit: string;
  start?: string;
  end: string;
  /** Explicit dimensions: axis -> member. */
  dimensions: ReadonlyMap<string, string>;
  /** True when the context has a typed dimension, which no configured figure uses. */
  typed: boolean;
}

export interface InstanceContext {
  start?: string;
  end: string;
  dimensions: Map<string, string>;
  typed: boolean;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function children(node: Node, local: string): Node[] {
  const found: Node[] = [];
  for (const [name, value] of Object.entries(node)) {
    if (!name.startsWith("@") && name !== "#text" && localName(name) === local && Array.isArray(value)) {
      for (const item of value)
        found.push(typeof item === "object" && item !== null ? (item as Node) : { "#text": item });
    }
  }
  return found;
}

function textOf(node: Node | undefined): string | undefined {
  const text = node?.["#text"];
  return text === undefined ? undefined : String(text).trim();
}

function firstText(node: Node, local: string): string | undefined {
  return textOf(children(node, local)[0]);
}

function readContext(node: Node): InstanceContext | undefined {
  const period = children(node, "period")[0];
  if (period === undefined) return undefined;
  const end = firstText(period, "endDate") ?? firstText(period, "instant");
  if (end === undefined) return undefined;
  const dimensions = new Map<string, string>();
  let typed = false;
  const holders = [
    ...children(node, "entity").flatMap((entity) => children(entity, "segment")),
    ...children(node, "scenario"),
  ];
  for (const holder of holders) {
    for (const member of children(holder, "explicitMember")) {
      const axis = member["@dimension"];
      const value = textOf(member);
      if (typeof axis === "string" && value !== undefined) dimensions.set(axis, value);
    }
    if (children(holder, "typedMember").length > 0) typed = true;
  }
  const start = firstText(period, "startDate");
  return { ...(start === undefined ? {} : { start }), end, dimensions, typed };
}

function readUnits(root: Node): Map<string, string> {
  const units = new Map<string, string>();
  for (const unit of children(root, "unit")) {
    const id = unit["@id"];
    const measure = firstText(unit, "measure");
    // A divide (USD per share) has no direct measure and is not an amount.
    if (typeof id === "string" && measure !== undefined) units.set(id, localName(measure));
  }
  return units;
}

export class InstanceFormatError extends Error {}

export interface Instance {
  facts: InstanceFact[];
  /** Every context, so that a member can be looked for whatever concept it carries. */
  contexts: InstanceContext[];
}

/** Parses an instance and returns the numeric facts of the wanted concepts. */
export function readInstance(xml: string, concepts: ReadonlySet<string>): Instance {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InstanceFormatError(`not well-formed XML (${valid.err.msg}, line ${valid.err.line})`);
  const document = parser.parse(xml) as Node;
  const root = Object.entries(document).find(([name]) => localName(name) === "xbrl")?.[1];
  if (!Array.isArray(root) || typeof root[0] !== "object")
    throw new InstanceFormatError("not an XBRL instance (no xbrl root)");
  const top = root[0] as Node;
  const contexts = new Map<string, InstanceContext>();
  for (const node of children(top, "context")) {
    const context = readContext(node);
    if (typeof node["@id"] === "string" && context !== undefined) contexts.set(node["@id"], context);
  }
  const units = readUnits(top);
  const facts: InstanceFact[] = [];
  for (const concept of concepts) {
    const nodes = top[concept];
    if (!Array.isArray(nodes)) continue;
    for (const node of nodes as Node[]) {
      const context = contexts.get(String(node["@contextRef"]));
      const unit = units.get(String(node["@unitRef"]));
      const value = Number(textOf(node));
      if (context === undefined || unit === undefined || textOf(node) === "" || !Number.isFinite(value)) continue;
      facts.push({ concept, value, unit, ...context });
    }
  }
  return { facts, contexts: [...contexts.values()] };
}
