/**
 * Gettext-style translation keyed by the English source text, for the texts the add-in writes in English and shows in
 * the user's language: the workbook's (src/workbook/i18n) and the scenario's messages (scenario-messages.ts). The code
 * keeps writing English; a catalog maps each text to its translation. A sentence built around numbers or names is a
 * template: "{0}" and "{1}" stand for the parts that vary, which are translated too when the catalog has them (a
 * field's label, a sheet's purpose) and otherwise kept as they are (a figure, a name).
 */

/** A sentence with placeholders "{0}", "{1}", … in both languages; each English placeholder matches some text. */
export interface TemplateEntry {
  readonly en: string;
  readonly translated: string;
}

export interface Catalog {
  /** English text → translated text; an entry may map a text to itself (a key the formulas compare against). */
  readonly exact: Readonly<Record<string, string>>;
  readonly templates: readonly TemplateEntry[];
  /**
   * A template's varying part that has no entry, in the target language's way of writing it (a figure's separators),
   * or `undefined` to keep it as it is.
   */
  readonly formatPart?: (text: string) => string | undefined;
}

interface CompiledTemplate {
  readonly entry: TemplateEntry;
  readonly pattern: RegExp;
  /** Placeholder number of each capture group, in the order they appear in the English text. */
  readonly order: readonly number[];
}

const PLACEHOLDER = /\{(\d+)\}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(entry: TemplateEntry): CompiledTemplate {
  const order: number[] = [];
  let source = "";
  let last = 0;
  for (const match of entry.en.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(entry.en.slice(last, match.index)) + "(.+?)";
    order.push(Number(match[1]));
    last = match.index + match[0].length;
  }
  source += escapeRegExp(entry.en.slice(last));
  return { entry, pattern: new RegExp(`^${source}$`, "s"), order };
}

/**
 * Translates texts with one catalog and remembers which entries it used (the completeness test lists the unused
 * ones) and which texts it could not translate (the ones it lists as missing).
 */
export class Translator {
  private readonly templates: readonly CompiledTemplate[];
  readonly usedExact = new Set<string>();
  readonly usedTemplates = new Set<string>();
  readonly missing = new Set<string>();

  constructor(
    private readonly catalog: Catalog,
    /** Texts that are the user's (a scenario's name or description): never translated. */
    private readonly keep: ReadonlySet<string> = new Set(),
    /**
     * Texts of the dataset (a source's note, a provider's or a metric's name): kept as they are, even where the
     * add-in uses the same word, because formulas look some of them up in the dataset's table ("Capex").
     */
    private readonly sources: ReadonlySet<string> = new Set(),
  ) {
    this.templates = catalog.templates.map(compile);
  }

  /** The translation, or `undefined` when the catalog has no entry (a kept text counts as translated). */
  lookup(text: string): string | undefined {
    if (this.keep.has(text) || this.sources.has(text)) return text;
    const exact = this.exactEntry(text);
    if (exact !== undefined) return exact;
    for (const template of this.templates) {
      const match = template.pattern.exec(text);
      if (!match) continue;
      this.usedTemplates.add(template.entry.en);
      const parts = new Map(template.order.map((n, i) => [n, match[i + 1]]));
      return template.entry.translated.replace(PLACEHOLDER, (_all, n: string) => this.part(parts.get(Number(n)) ?? ""));
    }
    return undefined;
  }

  /** The text translated; a text without an entry is kept and recorded as missing. */
  text(text: string): string {
    const translated = this.lookup(text);
    if (translated !== undefined) return translated;
    if (/[A-Za-z]{2}/.test(text)) this.missing.add(text);
    return text;
  }

  /** A text that may be left as it is (a string literal inside a formula): translated only where the catalog says. */
  optional(text: string): string {
    return this.keep.has(text) || this.sources.has(text) ? text : (this.exactEntry(text) ?? text);
  }

  private exactEntry(text: string): string | undefined {
    if (!Object.prototype.hasOwnProperty.call(this.catalog.exact, text)) return undefined;
    this.usedExact.add(text);
    return this.catalog.exact[text];
  }

  /** A template's varying part: a name or figure stays, a phrase the catalog knows is translated. */
  private part(text: string): string {
    if (this.keep.has(text) || this.sources.has(text)) return text;
    return this.exactEntry(text) ?? this.catalog.formatPart?.(text) ?? text;
  }
}
