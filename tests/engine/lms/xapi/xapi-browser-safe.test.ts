import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTHORING_PACKAGES, packageRoot, runtimeClosure } from '../../../support/module-graph.js';

const modules = readdirSync(new URL('engine/lms/xapi/', `file://${packageRoot}`)).filter((name) => name.endsWith('.ts'));

describe('engine/lms/xapi', () => {
  it.each(modules)('%s reaches no parser, schema library or YAML, so the package’s player can import it', (name) => {
    const { packages } = runtimeClosure(`engine/lms/xapi/${name}`);
    expect([...packages].filter((name) => AUTHORING_PACKAGES.test(name))).toEqual([]);
  });
});
