import { placeholdersOf, type Protocol, resolveRouteText } from '../../../engine/index.js';

/** One route's version of a piece of text. */
export interface RouteVariant {
  /** Route id, e.g. `child`. */
  route: string;
  /** Route label, e.g. `Children (NYSCP)`. */
  label: string;
  /** The text for that route. */
  text: string;
}

/**
 * Text that is the same for every route; or one sentence with a single slot
 * that differs (`lead`, then a list of per-route values, then `tail`); or
 * wholly different per route.
 */
export type RouteVariants =
  | { kind: 'same'; text: string }
  | { kind: 'slot'; lead: string; variants: RouteVariant[]; tail: string }
  | { kind: 'by-route'; variants: RouteVariant[] };

/** One row of the seven-stage table, ready to render. */
export interface StageRow {
  /** Stage number. */
  stage: number;
  /** Short title, our words. */
  title: string;
  /** What happens, our words, resolved for each route. */
  action: RouteVariants;
  /** Who is responsible, our words, resolved for each route. */
  owner: RouteVariants;
  /** The timescale, our words. */
  timescale: string;
  /** The guidance section id that explains the stage, if any. */
  guidance: string | undefined;
  /** The source document's wording, verbatim. */
  source: { action: string; owner: string; timescale: string };
}

/**
 * Resolves a piece of route text for every route and collapses it to one
 * string when all routes read the same, so the table only splits a cell
 * (children / adults) where the process really differs.
 */
function variantsOf(protocol: Protocol, text: Parameters<typeof resolveRouteText>[0]): RouteVariants {
  // A sentence with one placeholder (stage 5's "{referralRecipient}") is shown
  // once, with only the slot listed per route, rather than repeated in full.
  if (typeof text === 'string') {
    const names = placeholdersOf(text);
    const name = names[0];
    if (names.length === 1 && name !== undefined) {
      const [lead = '', tail = ''] = text.split(`{${name}}`);
      const slotVariants = Object.entries(protocol.routes).map(([route, definition]) => ({
        route,
        label: definition.label,
        text: resolveRouteText(`{${name}}`, route, definition),
      }));
      const first = slotVariants[0];
      if (first && slotVariants.some((variant) => variant.text !== first.text)) {
        // The lead introduces a list, so it ends with a colon unless it already has punctuation.
        const trimmed = lead.trimEnd();
        return { kind: 'slot', lead: /[:.;,]$/.test(trimmed) ? trimmed : `${trimmed}:`, variants: slotVariants, tail: tail.trim() };
      }
    }
  }
  const variants = Object.entries(protocol.routes).map(([route, definition]) => ({
    route,
    label: definition.label,
    text: resolveRouteText(text, route, definition),
  }));
  const first = variants[0];
  if (first && variants.every((variant) => variant.text === first.text)) return { kind: 'same', text: first.text };
  return { kind: 'by-route', variants };
}

/**
 * The rows of the stage table, built from the protocol data at build time:
 * our paraphrased action, owner and timescale (per route where they differ)
 * beside the source wording.
 *
 * @example
 * ```ts
 * stageRows(resolveProtocol('north-yorkshire'))[4]?.action.kind; // 'by-route' (stage 5)
 * ```
 */
export function stageRows(protocol: Protocol): StageRow[] {
  return protocol.stages.map((stage) => ({
    stage: stage.stage,
    title: stage.title,
    action: variantsOf(protocol, stage.action),
    owner: variantsOf(protocol, stage.owner),
    timescale: stage.timescale,
    guidance: stage.guidance,
    source: { ...stage.source },
  }));
}

/** One line of the route comparison: a field that differs between routes. */
export interface RouteDifference {
  /** What the row is about, e.g. "Stage 5 referral goes to". */
  label: string;
  /** Per route: our wording and, if the protocol records it, the source wording. */
  values: Array<{ route: string; label: string; text: string; source: string | undefined }>;
}

/** The route fields shown in the comparison, with the question each answers. */
const comparedFields = [
  { field: 'partnershipName', label: 'Partnership or board' },
  { field: 'referralRecipient', label: 'Stage 5 referral goes to' },
  { field: 'panelConvenor', label: 'Stage 6 panel convened by' },
  { field: 'learningSubgroup', label: 'Learning reported to' },
] as const;

/**
 * How the routes (children's and adults') differ, field by field, with the
 * source wording where the protocol keeps it. Fields a protocol does not
 * define are left out, so another partnership's file still renders.
 *
 * @example
 * ```ts
 * routeDifferences(resolveProtocol('north-yorkshire'))[1]?.values[1]?.text; // 'the NYSAB Manager'
 * ```
 */
export function routeDifferences(protocol: Protocol): RouteDifference[] {
  const routes = Object.entries(protocol.routes);
  return comparedFields
    .filter(({ field }) => routes.some(([, route]) => typeof route[field] === 'string'))
    .map(({ field, label }) => ({
      label,
      values: routes.map(([id, route]) => {
        const value = route[field];
        return {
          route: id,
          label: route.label,
          text: typeof value === 'string' ? value : '',
          source: route.source?.[field],
        };
      }),
    }));
}

/** Plain text of route variants, for the search index. */
function variantsText(value: RouteVariants): string {
  if (value.kind === 'same') return value.text;
  const listed = value.variants.map((variant) => `${variant.label}: ${variant.text}`).join('; ');
  return value.kind === 'slot' ? `${value.lead} ${listed}${value.tail}` : listed;
}

/**
 * The words a stage row adds to its guidance section in the search index:
 * the stage's action, owner and timescale as shown on the page, so a search
 * for "13 working days" or "Business Unit Manager" finds the stage.
 *
 * @example
 * ```ts
 * stageSearchText(stageRows(protocol)[2]!); // 'Action: … Owner: … Timescale: Within 10 working days …'
 * ```
 */
export function stageSearchText(row: StageRow): string {
  return `Action: ${variantsText(row.action)} Owner: ${variantsText(row.owner)} Timescale: ${row.timescale}`;
}
