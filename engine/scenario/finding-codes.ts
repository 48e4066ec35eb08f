/**
 * Every kind of finding the parser and validator report, with a stable id,
 * its usual severity and a one-line explanation. The authoring guide
 * (`scenarios/README.md`) documents each of these, and a test keeps the two in
 * step.
 */
const FINDING_CODES = {
  'unreadable-file': { severity: 'error', about: 'The scenario file could not be read at all: it is missing, or you may not read it.' },
  'mdx-syntax': { severity: 'error', about: 'The file is not valid MDX, so it cannot be read at all.' },
  'missing-frontmatter': { severity: 'error', about: 'The file does not start with a `---` YAML block.' },
  'yaml-syntax': { severity: 'error', about: 'The frontmatter is not valid YAML.' },
  schema: { severity: 'error', about: 'A frontmatter field is missing, misspelt or has the wrong kind of value.' },
  'unsupported-format-version': { severity: 'error', about: '`formatVersion` is not one this version of Common Ground reads.' },
  'unknown-protocol': { severity: 'error', about: '`protocol` names a protocol that is neither built in nor loaded with `--protocol FILE`.' },
  'unknown-event-kind': { severity: 'error', about: "A case file event's `kind` is not one of its protocol's event kinds." },
  'unknown-route': { severity: 'error', about: '`audience` is not one of the routes of the scenario\'s protocol.' },
  'unknown-component': { severity: 'error', about: 'A tag such as `<Sceen>` is not one of the scenario components.' },
  'unknown-attribute': { severity: 'error', about: 'A component has an attribute it does not accept.' },
  'missing-attribute': { severity: 'error', about: 'A component lacks an attribute it needs, such as `id`.' },
  'bad-attribute-value': { severity: 'error', about: 'An attribute has a value of the wrong kind, e.g. `stage="one"`.' },
  'misplaced-component': { severity: 'error', about: 'A component is somewhere it cannot be, e.g. a `<Choice>` outside a `<Scene>`.' },
  'inline-component': { severity: 'error', about: 'A component tag is written inside a line of text instead of on its own line.' },
  'expression-not-allowed': { severity: 'error', about: 'The file uses `{...}` code, `import` or `export`, which scenarios do not allow.' },
  'content-outside-scene': { severity: 'warning', about: 'Text sits outside every `<Scene>` and `<Ending>`, so no learner will see it.' },
  'no-scenes': { severity: 'error', about: 'The file has no `<Scene>`.' },
  'duplicate-id': { severity: 'error', about: 'Two things of the same kind share an id.' },
  'unknown-target': { severity: 'error', about: 'A `to` or `start` names a scene or ending that does not exist.' },
  'unreachable-scene': { severity: 'error', about: 'No path from the start reaches this scene.' },
  'unreachable-ending': { severity: 'error', about: 'No path from the start reaches this ending.' },
  'dead-end': { severity: 'error', about: 'A scene has no choice and no event with `to`, so the learner is stuck.' },
  'inescapable-loop': { severity: 'error', about: 'Some scenes lead only to each other, with no way on to an ending.' },
  'conflicting-ways-on': { severity: 'error', about: 'A scene has an `<Event to>` as well as choices, or more than one such event.' },
  'bad-duration': { severity: 'error', about: 'An `after` value is not a duration the simulator understands.' },
  'stage-out-of-range': { severity: 'error', about: 'A stage number is outside the stages of the protocol.' },
  'forbidden-stage-move': { severity: 'error', about: 'A choice skips forward more than one stage without being marked `mistake`.' },
  'unknown-guidance-section': { severity: 'error', about: 'A `guidance:` link or `cite` names a section that does not exist.' },
  'unknown-principle': { severity: 'error', about: '`shows` or `misses` names a principle that is not on the list.' },
  'missing-feedback': { severity: 'error', about: 'A choice has no `<Feedback>`.' },
  'duplicate-feedback': { severity: 'error', about: 'A choice has more than one `<Feedback>`.' },
  'missing-label': { severity: 'error', about: 'A choice has no label text before its feedback.' },
  'capacity-misuse': { severity: 'error', about: 'Mental-capacity steps are used in a scenario whose audience is not adult.' },
  'topic-mismatch': { severity: 'warning', about: 'The topics do not mention something the scenario does, or claim something it never does.' },
  'too-few-endings': { severity: 'warning', about: 'The scenario has fewer than three endings, or lacks a good or a poor one.' },
  'check-failed': { severity: 'error', about: 'An extra check plugged into the validator failed with an error of its own.' },
  draft: { severity: 'warning', about: 'The scenario is marked `status: draft`.' },
  'protocol-syntax': { severity: 'error', about: 'A protocol file is not valid JSON (or YAML).' },
  'protocol-version': { severity: 'error', about: "A protocol file's `formatVersion` is missing or not one this version reads." },
  'protocol-schema': { severity: 'error', about: 'A protocol field is missing, misspelt or has the wrong kind of value, such as a rule of an unknown kind.' },
  'protocol-reference': { severity: 'error', about: 'A protocol refers to something it does not define: an event, a stage, a deadline, a placeholder, or a loop of assumed events.' },
  'personal-data': { severity: 'error', about: 'Something that looks like real personal data: an NHS or National Insurance number, a postcode, a phone number, an email address, a date of birth, a street address, or a name not in the cast.' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; about: string }>;

/** The stable id of a kind of finding, e.g. `'unknown-target'`. */
export type FindingCode = keyof typeof FINDING_CODES;

/** Every finding code, in the order the authoring guide lists them. */
export const findingCodes = Object.keys(FINDING_CODES) as FindingCode[];
