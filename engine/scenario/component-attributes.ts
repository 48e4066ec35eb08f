/**
 * The scenario components and the attributes each accepts, as data, and the
 * reading of MDX attribute values: strings, `{1}`-style literal expressions
 * and bare boolean attributes. Anything else becomes a finding.
 */
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { closestName } from './closest-name.js';
import { makeFinding, type Finding } from './finding.js';
import { isKebabId } from './scenario.schema.js';

/** The kind of value an attribute takes. */
export type AttributeKind = 'id' | 'text' | 'number' | 'boolean' | 'list';

/** One attribute a component accepts. */
export interface AttributeSpec {
  kind: AttributeKind;
  required?: boolean;
  /** For `text`: the only values allowed. */
  values?: readonly string[];
}

/** Every component a scenario may use, with its attributes. */
const COMPONENT_ATTRIBUTES = {
  Scene: {
    id: { kind: 'id', required: true },
    stage: { kind: 'number', required: true },
    immediateRisk: { kind: 'boolean' },
    // Which steps exist is the protocol's; the validator checks the step against it.
    capacity: { kind: 'id' },
  },
  Event: { after: { kind: 'text', required: true }, to: { kind: 'id' } },
  // A narrative step: the story moves on, with no decision to make.
  Continue: { to: { kind: 'id', required: true }, after: { kind: 'text' } },
  // Questions for a trainer to put to the room; learners playing alone never see them.
  Discuss: {},
  Reflect: { id: { kind: 'id', required: true }, phase: { kind: 'text', required: true, values: ['before', 'during', 'after'] } },
  Record: { id: { kind: 'id', required: true } },
  Choice: {
    id: { kind: 'id', required: true },
    to: { kind: 'id', required: true },
    after: { kind: 'text' },
    recommended: { kind: 'boolean' },
    mistake: { kind: 'boolean' },
  },
  Feedback: { cite: { kind: 'list' }, shows: { kind: 'list' }, misses: { kind: 'list' } },
  Ending: {
    id: { kind: 'id', required: true },
    outcome: { kind: 'text', required: true, values: ['good', 'mixed', 'poor'] },
    resolvedAt: { kind: 'number' },
    stage: { kind: 'number' },
  },
} as const satisfies Record<string, Record<string, AttributeSpec>>;

/** The name of a scenario component, e.g. `'Scene'`. */
export type ComponentName = keyof typeof COMPONENT_ATTRIBUTES;

/** Every component name. */
export const componentNames = Object.keys(COMPONENT_ATTRIBUTES) as ComponentName[];

/** True when `name` is a scenario component. */
export function isComponentName(name: string | null | undefined): name is ComponentName {
  return typeof name === 'string' && Object.hasOwn(COMPONENT_ATTRIBUTES, name);
}

/** An attribute's value after reading: a string, number, boolean or list of words. */
export type AttributeValue = string | number | boolean | string[];

/** The attributes of one element, read and checked. */
export type ReadAttributes = Record<string, AttributeValue>;

interface ElementLike {
  name: string | null;
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
  position?: { start: { line: number; column: number } } | undefined;
}

/** Digits 0–9 only: no sign, point, exponent, `0x`/`0o`/`0b` prefix, separator or space. */
const DECIMAL_DIGITS = /^[0-9]+$/;

/**
 * The literal value of an attribute expression such as `{1}` or `{true}`, or
 * undefined when the expression is anything else (a name, a call, a sum).
 * MDX has already parsed the expression with acorn; we read its tree. A
 * number comes with the text it was written as, so `{0x2}` can be refused.
 */
function literalOf(value: { value: string; data?: { estree?: unknown } }): { value: number | boolean; written: string } | undefined {
  const program = value.data?.estree as { body?: unknown[] } | undefined;
  const statement = program?.body?.length === 1 ? (program.body[0] as { type?: string; expression?: unknown }) : undefined;
  const expression = statement?.type === 'ExpressionStatement' ? (statement.expression as { type?: string; value?: unknown; raw?: unknown }) : undefined;
  if (expression?.type !== 'Literal') return undefined;
  if (typeof expression.value !== 'number' && typeof expression.value !== 'boolean') return undefined;
  return { value: expression.value, written: typeof expression.raw === 'string' ? expression.raw : String(expression.value) };
}

/**
 * The whole number an attribute value stands for, when it is written in
 * decimal digits (`"2"` or `{2}`); `undefined` for anything else, such as
 * `"0x2"`, `{1e0}`, `" 2"` or `"0b10"`, which JavaScript would also read as
 * numbers.
 *
 * @example
 * decimalNumber('2', undefined); // 2
 * decimalNumber(2, '0x2'); // undefined
 */
function decimalNumber(value: string | number | boolean, written: string | undefined): number | undefined {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? (written ?? String(value)) : undefined;
  return text !== undefined && DECIMAL_DIGITS.test(text) ? Number(text) : undefined;
}

function describeKind(spec: AttributeSpec): string {
  switch (spec.kind) {
    case 'id':
      return 'a kebab-case id such as "monday-morning"';
    case 'number':
      return 'a whole number written like {2}';
    case 'boolean':
      return 'true or false (write the attribute on its own for true)';
    case 'list':
      return 'space-separated ids in quotes, e.g. "stage-1 timescales-are-maximums"';
    case 'text':
      return spec.values ? `one of ${spec.values.map((value) => `"${value}"`).join(', ')}` : 'text in quotes';
  }
}

/**
 * Reads and checks the attributes of a component element, reporting unknown,
 * missing and malformed attributes as findings.
 *
 * @example
 * const { values, findings } = readAttributes('Scene', element, 'a.mdx');
 * values.stage; // 1
 */
export function readAttributes(
  component: ComponentName,
  element: ElementLike,
  file: string,
): { values: ReadAttributes; findings: Finding[] } {
  const specs: Record<string, AttributeSpec> = COMPONENT_ATTRIBUTES[component];
  const values: ReadAttributes = {};
  const findings: Finding[] = [];
  const elementAt = element.position?.start;
  for (const attribute of element.attributes) {
    const at = attribute.position?.start ?? elementAt;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push(makeFinding('error', 'expression-not-allowed', `<${component}> has a spread attribute \`{${attribute.value}}\`, which scenarios do not allow.`, 'Write each attribute out, e.g. id="monday-morning".', file, at));
      continue;
    }
    const name = attribute.name;
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      const suggestion = closestName(name, Object.keys(specs));
      findings.push(makeFinding('error', 'unknown-attribute', `<${component}> has no attribute "${name}".`, suggestion ? `Did you mean "${suggestion}"? ${component} accepts: ${Object.keys(specs).join(', ')}.` : `${component} accepts: ${Object.keys(specs).join(', ')}.`, file, at));
      continue;
    }
    if (Object.hasOwn(values, name)) {
      findings.push(makeFinding('error', 'bad-attribute-value', `<${component}> gives "${name}" twice.`, 'Keep one of them.', file, at));
      continue;
    }
    const bad = (what: string) =>
      findings.push(makeFinding('error', 'bad-attribute-value', `<${component}> ${name}: ${what}`, `Write ${name} as ${describeKind(spec)}.`, file, at));
    const raw = attribute.value;
    let value: string | number | boolean;
    let written: string | undefined;
    if (raw === null || raw === undefined) value = true;
    else if (typeof raw === 'string') value = raw;
    else {
      const literal = literalOf(raw);
      if (literal === undefined) {
        findings.push(makeFinding('error', 'expression-not-allowed', `<${component}> ${name}={${raw.value}} is code; only numbers and true/false are allowed in braces.`, `Write ${name} as ${describeKind(spec)}.`, file, at));
        continue;
      }
      ({ value, written } = literal);
    }
    switch (spec.kind) {
      case 'boolean':
        // A practitioner may well write recommended="true"; accept the obvious spellings.
        if (value === 'true' || value === 'false') value = value === 'true';
        if (typeof value !== 'boolean') bad(`expected true or false, found ${JSON.stringify(value)}.`);
        else values[name] = value;
        break;
      case 'number': {
        // stage="2" is what most authors type first; it means the same as stage={2}.
        const number = decimalNumber(value, written);
        if (number === undefined || number < 1 || !Number.isSafeInteger(number)) bad(`expected a whole number from 1 in decimal digits, found ${written ?? JSON.stringify(value)}.`);
        else values[name] = number;
        break;
      }
      case 'id':
        if (typeof value !== 'string' || !isKebabId(value)) bad(`${JSON.stringify(value)} is not a kebab-case id.`);
        else values[name] = value;
        break;
      case 'text':
        if (typeof value !== 'string') bad(`expected text in quotes, found ${JSON.stringify(value)}.`);
        else if (spec.values && !spec.values.includes(value)) bad(`"${value}" is not one of ${spec.values.join(', ')}.`);
        else values[name] = value;
        break;
      case 'list':
        if (typeof value !== 'string') bad(`expected ids in quotes, found ${JSON.stringify(value)}.`);
        else values[name] = value.split(/[\s,]+/).filter((word) => word !== '');
        break;
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && !Object.hasOwn(values, name) && !element.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)) {
      findings.push(makeFinding('error', 'missing-attribute', `<${component}> needs a "${name}" attribute.`, `Add ${name}=… with ${describeKind(spec)}.`, file, elementAt));
    }
  }
  return { values, findings };
}
