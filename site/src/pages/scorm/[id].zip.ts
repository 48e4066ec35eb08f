/**
 * /scorm/<id>.zip: a scenario's SCORM 1.2 package, published only when the
 * site is built with COMMON_GROUND_SCORM=1 (see site/src/lib/scorm-packages.ts);
 * its guidance links open this site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { scormPackage, type Scenario } from '../../../../engine/index.js';
import { loadScenarios } from '../../lib/load-scenarios.js';
import { scormPlayerFiles, wantsScormPackages } from '../../lib/scorm-packages.js';

export const getStaticPaths = (async () => {
  if (!wantsScormPackages()) return [];
  const scenarios = await loadScenarios();
  return scenarios.map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ scenario: Scenario }> = ({ props }) => {
  const site = import.meta.env.SITE;
  const { zip } = scormPackage(props.scenario, scormPlayerFiles(), site ? { siteUrl: site.replace(/\/+$/, '') } : {});
  return new Response(Buffer.from(zip), { headers: { 'Content-Type': 'application/zip' } });
};
