/**
 * The xAPI 1.0.3 data model's rules for a statement (adlnet/xAPI-Spec,
 * xAPI-Data.md §2.2–2.4 and §4), as a checker the tests run on every
 * statement Common Ground makes and every statement the recording record
 * store receives. It implements the MUSTs a record store applies when it
 * accepts a statement, for every part Common Ground's statements use, and
 * reports each break as a sentence with its path:
 *
 * - no property the spec does not define, at any level it defines (§2.2);
 *   no `null` outside extensions;
 * - `id` a UUID in standard form, variant 2 (§2.4.1, §4.4);
 * - an Agent with exactly one inverse functional identifier, each of its
 *   form: `mailto:` IRI, 40 hex digits, URI, or an account of a home page
 *   IRL and a name (§2.4.2); a Group with members or one identifier;
 * - `verb.id` an IRI, `verb.display` a language map (§2.4.3);
 * - the object an Activity (objectType `Activity` when given, id an IRI,
 *   a definition of language maps, IRIs and a valid interaction, each
 *   component list allowed by its interactionType, with distinct ids), an
 *   Agent, a Group or a StatementRef (§2.4.4);
 * - `result.score.scaled` in [-1, 1], `raw` within `min`…`max`, `min` <
 *   `max`, booleans as booleans, `duration` an ISO 8601 duration (§2.4.5,
 *   §4.6);
 * - `context.registration` a UUID, contextActivities of the four kinds,
 *   each an Activity or an array of them, `revision` and `platform` only
 *   about an Activity, `language` an RFC 5646 tag (§2.4.6);
 * - `timestamp` (and `stored`) ISO 8601 with a time zone (§4.5: the spec
 *   says SHOULD; Common Ground holds itself to it);
 * - extension keys IRIs (§4.1); language map keys RFC 5646 tags (§4.2);
 * - `version`, if given, 1.0.x (§2.4.10).
 *
 * Not checked: a property given twice (JSON.parse has already kept one),
 * SubStatements and attachments beyond their shape (Common Ground sends
 * neither).
 */

type Json = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** Best effort, as the spec allows (§2.2 LRS requirements): a scheme, then no white space. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
/** RFC 5646's sequence of subtag lengths: language, extlang, script, region, variants, extensions, private use. */
const LANGUAGE_TAG =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wy-z](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+|i-[a-z]{2,8})$/i;
/** ISO 8601:2004 §4.4.3.2: PnYnMnDTnHnMnS (at least one part, T only before a time part) or PnW. */
const DURATION = /^(?:P(?=\d|T\d)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?|P\d+(?:[.,]\d+)?W)$/;
/** ISO 8601 combined date and time, with a zone. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;
const VERSION = /^1\.0(?:\.\d+)?$/;
const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];
/** The component lists each interaction type may have (§2.4.4.1, Interaction Components). */
const COMPONENT_LISTS: Readonly<Record<string, readonly string[]>> = {
  choice: ['choices'],
  sequencing: ['choices'],
  likert: ['scale'],
  matching: ['source', 'target'],
  performance: ['steps'],
};
const ALL_COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'];
const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIri = (value: unknown): value is string => typeof value === 'string' && IRI.test(value);
function isIrl(value: unknown): boolean {
  if (typeof value !== 'string' || !IRI.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
const isTimestamp = (value: unknown): boolean => typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));

/** Collects problems, each with its path. */
class Problems {
  readonly list: string[] = [];
  add(path: string, problem: string): void {
    this.list.push(`${path}: ${problem}`);
  }
  /** Properties the spec does not define at this level. */
  onlyKeys(path: string, value: Json, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.add(`${path}.${key}`, 'is not a property xAPI defines here');
  }
}

function checkNoNulls(value: unknown, path: string, problems: Problems): void {
  if (value === null) problems.add(path, 'is null, which xAPI allows only inside extensions');
  else if (Array.isArray(value)) value.forEach((item, index) => checkNoNulls(item, `${path}[${index}]`, problems));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) if (key !== 'extensions') checkNoNulls(item, `${path}.${key}`, problems);
}

function checkLanguageMap(value: unknown, path: string, problems: Problems): void {
  if (!isObject(value)) return problems.add(path, 'must be a language map (an object)');
  for (const [tag, text] of Object.entries(value)) {
    if (!LANGUAGE_TAG.test(tag)) problems.add(`${path}.${tag}`, 'is not an RFC 5646 language tag');
    if (typeof text !== 'string') problems.add(`${path}.${tag}`, 'must be text');
  }
}

function checkExtensions(value: unknown, path: string, problems: Problems): void {
  if (!isObject(value)) return problems.add(path, 'must be an object');
  for (const key of Object.keys(value)) if (!isIri(key)) problems.add(`${path}["${key}"]`, 'is an extension key that is not an IRI');
}

function checkAgent(value: unknown, path: string, problems: Problems, options: { objectTypeRequired: boolean }): void {
  if (!isObject(value)) return problems.add(path, 'must be an Agent or Group object');
  if (value.objectType === 'Group') return checkGroup(value, path, problems);
  if (value.objectType === undefined ? options.objectTypeRequired : value.objectType !== 'Agent') problems.add(`${path}.objectType`, 'must be "Agent" (or "Group")');
  problems.onlyKeys(path, value, ['objectType', 'name', ...IFIS]);
  const ifis = IFIS.filter((key) => value[key] !== undefined);
  if (ifis.length !== 1) problems.add(path, `must have exactly one inverse functional identifier, not ${ifis.length}`);
  checkIfis(value, path, problems);
  if (value.name !== undefined && typeof value.name !== 'string') problems.add(`${path}.name`, 'must be text');
}

function checkIfis(value: Json, path: string, problems: Problems): void {
  if (value.mbox !== undefined && !(typeof value.mbox === 'string' && /^mailto:[^@\s]+@[^@\s]+$/i.test(value.mbox))) problems.add(`${path}.mbox`, 'must be a mailto: IRI');
  if (value.mbox_sha1sum !== undefined && !(typeof value.mbox_sha1sum === 'string' && /^[0-9a-f]{40}$/i.test(value.mbox_sha1sum))) problems.add(`${path}.mbox_sha1sum`, 'must be 40 hex digits');
  if (value.openid !== undefined && !isIri(value.openid)) problems.add(`${path}.openid`, 'must be a URI');
  if (value.account !== undefined) {
    const account = value.account;
    if (!isObject(account)) return problems.add(`${path}.account`, 'must be an object');
    problems.onlyKeys(`${path}.account`, account, ['homePage', 'name']);
    if (!isIrl(account.homePage)) problems.add(`${path}.account.homePage`, 'must be an IRL');
    if (typeof account.name !== 'string' || account.name === '') problems.add(`${path}.account.name`, 'must be text');
  }
}

function checkGroup(value: Json, path: string, problems: Problems): void {
  problems.onlyKeys(path, value, ['objectType', 'name', 'member', ...IFIS]);
  const ifis = IFIS.filter((key) => value[key] !== undefined);
  if (ifis.length > 1) problems.add(path, 'must have at most one inverse functional identifier');
  checkIfis(value, path, problems);
  if (value.member !== undefined) {
    if (!Array.isArray(value.member)) problems.add(`${path}.member`, 'must be an array of Agents');
    else value.member.forEach((member, index) => checkAgent(member, `${path}.member[${index}]`, problems, { objectTypeRequired: false }));
  } else if (ifis.length === 0) problems.add(`${path}.member`, 'an anonymous Group must list its members');
}

function checkActivity(value: unknown, path: string, problems: Problems): void {
  if (!isObject(value)) return problems.add(path, 'must be an Activity object');
  if (value.objectType !== undefined && value.objectType !== 'Activity') problems.add(`${path}.objectType`, 'must be "Activity" when present');
  problems.onlyKeys(path, value, ['objectType', 'id', 'definition']);
  if (!isIri(value.id)) problems.add(`${path}.id`, 'must be an IRI');
  if (value.definition === undefined) return;
  const definition = value.definition;
  const at = `${path}.definition`;
  if (!isObject(definition)) return problems.add(at, 'must be an object');
  problems.onlyKeys(at, definition, ['name', 'description', 'type', 'moreInfo', 'extensions', 'interactionType', 'correctResponsesPattern', ...ALL_COMPONENT_LISTS]);
  if (definition.name !== undefined) checkLanguageMap(definition.name, `${at}.name`, problems);
  if (definition.description !== undefined) checkLanguageMap(definition.description, `${at}.description`, problems);
  if (definition.type !== undefined && !isIri(definition.type)) problems.add(`${at}.type`, 'must be an IRI');
  if (definition.moreInfo !== undefined && !isIrl(definition.moreInfo)) problems.add(`${at}.moreInfo`, 'must be an IRL');
  if (definition.extensions !== undefined) checkExtensions(definition.extensions, `${at}.extensions`, problems);
  const interaction = definition.interactionType;
  const lists = ALL_COMPONENT_LISTS.filter((list) => definition[list] !== undefined);
  if (interaction === undefined) {
    if (lists.length > 0 || definition.correctResponsesPattern !== undefined) problems.add(`${at}.interactionType`, 'is needed by an interaction’s properties');
    return;
  }
  if (typeof interaction !== 'string' || !INTERACTION_TYPES.includes(interaction)) return problems.add(`${at}.interactionType`, `must be one of ${INTERACTION_TYPES.join(', ')}`);
  const pattern = definition.correctResponsesPattern;
  if (pattern !== undefined && !(Array.isArray(pattern) && pattern.every((item) => typeof item === 'string'))) problems.add(`${at}.correctResponsesPattern`, 'must be an array of text');
  for (const list of lists) {
    if (!(COMPONENT_LISTS[interaction] ?? []).includes(list)) {
      problems.add(`${at}.${list}`, `is not a component list a ${interaction} interaction has`);
      continue;
    }
    const components = definition[list];
    if (!Array.isArray(components)) {
      problems.add(`${at}.${list}`, 'must be an array');
      continue;
    }
    const ids = new Set<string>();
    components.forEach((component, index) => {
      const where = `${at}.${list}[${index}]`;
      if (!isObject(component)) return problems.add(where, 'must be an object');
      problems.onlyKeys(where, component, ['id', 'description']);
      if (typeof component.id !== 'string' || component.id === '') problems.add(`${where}.id`, 'must be text');
      else if (ids.has(component.id)) problems.add(`${where}.id`, `"${component.id}" is given twice; component ids must be distinct`);
      else ids.add(component.id);
      if (component.description !== undefined) checkLanguageMap(component.description, `${where}.description`, problems);
    });
  }
}

function checkStatementRef(value: Json, path: string, problems: Problems): void {
  problems.onlyKeys(path, value, ['objectType', 'id']);
  if (value.objectType !== 'StatementRef') problems.add(`${path}.objectType`, 'must be "StatementRef"');
  if (typeof value.id !== 'string' || !UUID.test(value.id)) problems.add(`${path}.id`, 'must be a UUID');
}

function checkObject(value: unknown, path: string, problems: Problems): void {
  if (!isObject(value)) return problems.add(path, 'must be an object');
  switch (value.objectType) {
    case undefined:
    case 'Activity':
      return checkActivity(value, path, problems);
    case 'Agent':
    case 'Group':
      return checkAgent(value, path, problems, { objectTypeRequired: true });
    case 'StatementRef':
      return checkStatementRef(value, path, problems);
    case 'SubStatement':
      return problems.add(path, 'is a SubStatement, which these rules do not check');
    default:
      return problems.add(`${path}.objectType`, 'must be Activity, Agent, Group, StatementRef or SubStatement (with that case)');
  }
}

function checkResult(value: unknown, problems: Problems): void {
  if (!isObject(value)) return problems.add('result', 'must be an object');
  problems.onlyKeys('result', value, ['score', 'success', 'completion', 'response', 'duration', 'extensions']);
  for (const flag of ['success', 'completion'] as const) if (value[flag] !== undefined && typeof value[flag] !== 'boolean') problems.add(`result.${flag}`, 'must be true or false');
  if (value.response !== undefined && typeof value.response !== 'string') problems.add('result.response', 'must be text');
  if (value.duration !== undefined && !(typeof value.duration === 'string' && DURATION.test(value.duration))) problems.add('result.duration', 'must be an ISO 8601 duration (PnYnMnDTnHnMnS)');
  if (value.extensions !== undefined) checkExtensions(value.extensions, 'result.extensions', problems);
  if (value.score === undefined) return;
  const score = value.score;
  if (!isObject(score)) return problems.add('result.score', 'must be an object');
  problems.onlyKeys('result.score', score, ['scaled', 'raw', 'min', 'max']);
  for (const key of ['scaled', 'raw', 'min', 'max'] as const) if (score[key] !== undefined && !(typeof score[key] === 'number' && Number.isFinite(score[key]))) problems.add(`result.score.${key}`, 'must be a number');
  const { scaled, raw, min, max } = score as Record<string, number | undefined>;
  if (typeof scaled === 'number' && (scaled < -1 || scaled > 1)) problems.add('result.score.scaled', `is ${scaled}, outside -1 to 1`);
  if (typeof min === 'number' && typeof max === 'number' && !(min < max)) problems.add('result.score.min', 'must be less than max');
  if (typeof raw === 'number' && ((typeof min === 'number' && raw < min) || (typeof max === 'number' && raw > max))) problems.add('result.score.raw', 'must be between min and max');
}

function checkContext(value: unknown, objectIsActivity: boolean, problems: Problems): void {
  if (!isObject(value)) return problems.add('context', 'must be an object');
  problems.onlyKeys('context', value, ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions']);
  if (value.registration !== undefined && !(typeof value.registration === 'string' && UUID.test(value.registration))) problems.add('context.registration', 'must be a UUID');
  if (value.instructor !== undefined) checkAgent(value.instructor, 'context.instructor', problems, { objectTypeRequired: false });
  if (value.team !== undefined) {
    if (isObject(value.team) && value.team.objectType === 'Group') checkGroup(value.team, 'context.team', problems);
    else problems.add('context.team', 'must be a Group');
  }
  for (const key of ['revision', 'platform'] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] !== 'string') problems.add(`context.${key}`, 'must be text');
    if (!objectIsActivity) problems.add(`context.${key}`, 'may be used only when the object is an Activity');
  }
  if (value.language !== undefined && !(typeof value.language === 'string' && LANGUAGE_TAG.test(value.language))) problems.add('context.language', 'must be an RFC 5646 language tag');
  if (value.statement !== undefined) {
    if (isObject(value.statement)) checkStatementRef(value.statement, 'context.statement', problems);
    else problems.add('context.statement', 'must be a StatementRef');
  }
  if (value.extensions !== undefined) checkExtensions(value.extensions, 'context.extensions', problems);
  if (value.contextActivities === undefined) return;
  const activities = value.contextActivities;
  if (!isObject(activities)) return problems.add('context.contextActivities', 'must be an object');
  for (const [kind, list] of Object.entries(activities)) {
    const where = `context.contextActivities.${kind}`;
    if (!['parent', 'grouping', 'category', 'other'].includes(kind)) {
      problems.add(where, 'is not parent, grouping, category or other');
      continue;
    }
    if (Array.isArray(list)) list.forEach((activity, index) => checkActivity(activity, `${where}[${index}]`, problems));
    else checkActivity(list, where, problems);
  }
}

/**
 * Every way `statement` breaks the xAPI 1.0.3 data model's rules, as
 * sentences with paths; empty when it keeps them all.
 *
 * @example
 * statementProblems({ actor: { mbox: 'mailto:a@example.org' }, verb: { id: 'http://adlnet.gov/expapi/verbs/answered' }, object: { id: 'https://example.org/q' } }); // []
 * statementProblems({ verb: {}, object: {} }); // ['actor: is required', 'verb.id: must be an IRI', 'object.id: must be an IRI']
 */
export function statementProblems(statement: unknown): string[] {
  const problems = new Problems();
  if (!isObject(statement)) return ['statement: must be a JSON object'];
  problems.onlyKeys('statement', statement, ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments']);
  checkNoNulls(statement, 'statement', problems);
  if (statement.id !== undefined && !(typeof statement.id === 'string' && UUID.test(statement.id))) problems.add('id', 'must be a UUID in standard form (RFC 4122, variant 2)');
  if (statement.actor === undefined) problems.add('actor', 'is required');
  else checkAgent(statement.actor, 'actor', problems, { objectTypeRequired: false });
  if (!isObject(statement.verb)) problems.add('verb', 'is required, as an object');
  else {
    problems.onlyKeys('verb', statement.verb, ['id', 'display']);
    if (!isIri(statement.verb.id)) problems.add('verb.id', 'must be an IRI');
    if (statement.verb.display !== undefined) checkLanguageMap(statement.verb.display, 'verb.display', problems);
  }
  if (statement.object === undefined) problems.add('object', 'is required');
  else checkObject(statement.object, 'object', problems);
  if (statement.result !== undefined) checkResult(statement.result, problems);
  const objectIsActivity = isObject(statement.object) && (statement.object.objectType === undefined || statement.object.objectType === 'Activity');
  if (statement.context !== undefined) checkContext(statement.context, objectIsActivity, problems);
  for (const key of ['timestamp', 'stored'] as const) if (statement[key] !== undefined && !isTimestamp(statement[key])) problems.add(key, 'must be an ISO 8601 timestamp with a time zone');
  if (statement.authority !== undefined) checkAgent(statement.authority, 'authority', problems, { objectTypeRequired: false });
  if (statement.version !== undefined && !(typeof statement.version === 'string' && VERSION.test(statement.version))) problems.add('version', 'must be 1.0.x');
  if (statement.attachments !== undefined && !Array.isArray(statement.attachments)) problems.add('attachments', 'must be an array');
  return problems.list;
}
