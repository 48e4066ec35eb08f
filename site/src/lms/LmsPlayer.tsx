/**
 * The scenario player inside a learning platform's package: the site's own
 * player, kept by the platform (SCORM 1.2) as well as by this browser, with
 * a banner saying where the play-through is kept, the attempt finished
 * (session time, exit) when the learner leaves, and the guidance links
 * pointed at the site or left as words.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { findScormApi, ScormSession, type ApiWindow, type Session } from '../../../engine/runtime.js';
import ScenarioPlayer from '../components/player/ScenarioPlayer.js';
import { lmsPersistence, type PlatformReport } from './lms-persistence.js';
import type { PackageData } from './package-data.js';
import { PlatformBanner } from './platform-banner.js';
import { pointLinksAtSite } from './site-links.js';
import { useXapi } from './xapi/use-xapi.js';
import { XapiControls } from './xapi/XapiControls.js';

/** The player of a package. */
export function LmsPlayer({ data }: { data: PackageData }) {
  const { scenario, siteUrl } = data;
  // The attempt is opened once, before the first render: the player's first load resumes from it.
  const opening = useMemo(() => {
    const api = findScormApi(window as unknown as ApiWindow);
    return api ? ScormSession.open(api, scenario, { now: () => performance.now() }) : null;
  }, []);
  const [report, setReport] = useState<PlatformReport>({ kind: 'none' });
  const latest = useRef<Session | null>(null);
  // xAPI (off unless the package or a cmi5 launch names a record store) is told every saved session.
  const xapi = useXapi(data);
  const persistence = useMemo(
    () =>
      lmsPersistence(opening, setReport, (session) => {
        latest.current = session;
        xapi.observe(session);
      }),
    [opening],
  );
  const root = useRef<HTMLDivElement>(null);

  // Leaving (closing the tab, the platform's own exit): the session time, the exit and LMSFinish, once.
  useEffect(() => {
    if (!opening?.ok) return undefined;
    const finish = () => {
      if (!opening.lms.isFinished) opening.lms.finish(latest.current);
    };
    window.addEventListener('pagehide', finish);
    window.addEventListener('beforeunload', finish);
    return () => {
      window.removeEventListener('pagehide', finish);
      window.removeEventListener('beforeunload', finish);
    };
  }, [opening]);

  // The player redraws as the learner moves: its links are pointed at the site each time.
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    pointLinksAtSite(element, siteUrl);
    const observer = new MutationObserver(() => pointLinksAtSite(element, siteUrl));
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [siteUrl]);

  return (
    <div ref={root} className="lms-player">
      <h1>{scenario.frontmatter.title}</h1>
      <PlatformBanner platform={opening?.ok === true} openFailures={opening && !opening.ok ? opening.failures : []} report={report} />
      <XapiControls xapi={xapi} />
      <ScenarioPlayer scenario={scenario} persistence={persistence} />
    </div>
  );
}
