/**
 * A new scenario from the template (scenarios/templates/new-scenario.mdx):
 * the title, audience, protocol and today's dates written into its
 * frontmatter. `common-ground new` and the studio's "start from the
 * template" both use it, so a scenario begun in either place starts the same.
 */
import { parseDocument } from 'yaml';
import { DEFAULT_PROTOCOL } from '../protocol/built-in-protocol-data.js';

/** What to write into the template; anything left out stays as the template has it. */
export interface FillTemplateOptions {
  /** The title; the template's own ("A new scenario") when left out. */
  title?: string;
  /** A route of the protocol; the template's own when left out. */
  audience?: string;
  /** Today, `YYYY-MM-DD`: `raised` becomes 10:00 today and `provenance.reviewed` today. */
  today: string;
  /** The protocol's id; written only when it is not the default. */
  protocol?: string;
}

/** The role and agencies for a route other than the template's own, to be replaced by the author. */
const OTHER_ROUTE_DEFAULTS = {
  role: 'Practitioner in the agency raising the concern',
  agencies: ['Your agency', 'The other agency'],
};

/**
 * The template with the title, audience and dates filled in. The frontmatter
 * is edited as a YAML document so the template's comments survive.
 *
 * @throws {Error} when the template has no frontmatter (a bug in the bundled template, not the author's).
 * @example
 * fillTemplate(template, { title: 'Closing too soon', audience: 'child', today: '2026-11-20' });
 */
export function fillTemplate(template: string, options: FillTemplateOptions): string {
  const lines = template.split('\n');
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close === -1) throw new Error('The scenario template has no frontmatter.');
  const document = parseDocument(lines.slice(1, close).join('\n'));
  const templateAudience = document.get('audience');
  if (options.title !== undefined) document.set('title', options.title);
  if (options.audience !== undefined) document.set('audience', options.audience);
  document.set('raised', `${options.today}T10:00`);
  document.setIn(['provenance', 'reviewed'], options.today);
  if (options.protocol !== undefined && options.protocol !== DEFAULT_PROTOCOL) document.set('protocol', options.protocol);
  // The template is written for its own route; for another, neutral words the author replaces.
  if (options.audience !== undefined && options.audience !== templateAudience) {
    document.set('role', OTHER_ROUTE_DEFAULTS.role);
    document.set('agencies', document.createNode(OTHER_ROUTE_DEFAULTS.agencies, { flow: true }));
  }
  return ['---', document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd(), ...lines.slice(close)].join('\n');
}
