import { useEffect, useMemo, useRef, useState } from 'react';
import { type DraftProblem, findingsAnnouncement, fromDate, hasErrors, INPUT_CAPS, protocolById, scenarioFileNameFor, type StartResult, studioVocabulary, toIsoDate } from '../../../../engine/runtime.js';
import { siteProtocol, siteProtocols } from '../../lib/site-protocols.js';
import { type Notice, NoticeList } from '../NoticeList.js';
import { DraftsList } from './DraftsList.js';
import { FindingsList } from './FindingsList.js';
import { MapPanel } from './MapPanel.js';
import { PanelErrorBoundary } from './PanelErrorBoundary.js';
import { PreviewPanel } from './PreviewPanel.js';
import { downloadDraft, SaveStatus } from './SaveStatus.js';
import { type EditorHandle, ScenarioEditor } from './ScenarioEditor.js';
import { type ExampleCase, StartFrom, type StartRequest } from './StartFrom.js';
import { type StartedDraft, StartNotes } from './StartNotes.js';
import { startStudioWorker } from './studio-worker.js';
import { StudioTabs } from './StudioTabs.js';
import { TestPlanPanel } from './TestPlanPanel.js';
import { useDraftCheck } from './use-draft-check.js';
import { useDrafts } from './use-drafts.js';

/** Props of {@link Studio}. */
export interface StudioProps {
  /** The scenario template's text (scenarios/templates/new-scenario.mdx, read when the site was built). */
  template: string;
  /** The example case files (scenarios/cases/), read when the site was built. */
  examples: readonly ExampleCase[];
}

/** Today in London, for the dates a new draft is given. */
const today = () => toIsoDate(fromDate(new Date()));

type Tab = 'findings' | 'map' | 'play' | 'plan';

/** A stored draft that could not be read: said, and offered as it was stored. */
function damagedDraftNotice(problem: DraftProblem, index: number): Notice {
  const where = problem.movedTo ? `it was moved to ${problem.movedTo}` : 'there was no room to move it, so it is left as it was';
  return {
    id: `damaged-draft-${index}`,
    message: `A draft kept in this browser could not be read (${problem.message}); ${where}, and nothing is saved over it.`,
    download: { label: 'Download what was stored', fileName: `studio-draft-unreadable-${index + 1}.txt`, type: 'text/plain;charset=utf-8', text: () => problem.text },
  };
}

/**
 * The scenario studio island: drafts kept in this browser, the editor, and
 * beside it the findings, the scene map, the preview and test plans. The
 * checks run in a worker after each pause in typing; nothing about the
 * draft is sent anywhere.
 *
 * @example
 * ```astro
 * <Studio client:only="react" template={template} examples={examples} />
 * ```
 */
export default function Studio({ template, examples }: StudioProps) {
  const [worker] = useState(startStudioWorker);
  useEffect(() => () => worker.close(), [worker]);
  const editor = useRef<EditorHandle>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [tab, setTab] = useState<Tab>('findings');
  const [started, setStarted] = useState<StartedDraft | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  // The first draft is the template with today's dates; should that fail (a
  // broken template, a worker that cannot start), the template as it is, so
  // the page always opens on something the findings can then explain.
  const drafts = useDrafts(async () => {
    const first = await worker.start({ kind: 'start-from-template', text: template, today: today() }).catch(() => undefined);
    return first?.ok ? first : { name: '', text: template };
  });
  const draft = drafts.current;
  const fileName = scenarioFileNameFor(draft?.name ?? '');
  const check = useDraftCheck(worker, draft?.text, fileName, draft?.opening);

  const vocabulary = useMemo(() => studioVocabulary(protocolById(check.protocolId ?? siteProtocol.id, siteProtocols)), [check.protocolId]);

  // What changed, said once per check (so once per pause in typing), and only when something did.
  useEffect(() => {
    if (check.findings === undefined) return;
    const said = findingsAnnouncement(check.previous, check.findings);
    if (said !== undefined) setAnnouncement(said);
  }, [check.answers]);

  const jump = (line: number, column: number) => editor.current?.goTo(line, column);

  const startDraft = async (request: StartRequest): Promise<StartResult> => {
    const result = await worker.start(
      request.kind === 'start-from-template'
        ? { kind: 'start-from-template', text: template, today: today() }
        : request.kind === 'start-from-case'
          ? { ...request, today: today() }
          : { ...request, maxBytes: INPUT_CAPS.scenarioFileBytes },
    );
    if (result.ok) {
      // Named as the drafts list has it: "A new scenario (2)" when a draft has the name already.
      const opened = drafts.create(result.name, result.text);
      setStarted({ name: opened?.name ?? result.name, notes: result.notes, ...(result.auditMarkdown === undefined ? {} : { auditMarkdown: result.auditMarkdown }) });
      setTab('findings');
      window.setTimeout(() => heading.current?.focus(), 0);
    }
    return result;
  };

  if (!draft) return <p className="studio-loading">Opening your drafts…</p>;
  const findingCount = check.findings?.length;
  const errorsNow = hasErrors(check.findings ?? []);

  return (
    <div className="studio" data-checked={check.checking ? 'false' : 'true'} data-check-ms={check.elapsedMs} data-check-only-ms={check.checkMs}>
      <div className="studio-draft">
        <h2 className="studio-draft__heading" ref={heading} tabIndex={-1}>
          <span className="visually-hidden">Draft: </span>
          {draft.name}
        </h2>
        <SaveStatus draft={draft} save={drafts.save} fileName={fileName} />
        <p className="studio-draft__actions">
          <button type="button" className="button" onClick={() => downloadDraft(draft, fileName)}>
            Download this draft (.mdx)
          </button>
        </p>
      </div>

      <NoticeList notices={drafts.problems.map(damagedDraftNotice)} />
      <div role="alert">
        {drafts.problem && (
          <div className="notice notice--alert">
            <p>{drafts.problem}</p>
          </div>
        )}
      </div>

      <div className="studio-manage-row">
        <details className="studio-manage">
          <summary>Your drafts ({drafts.list.length})</summary>
          <div className="details-body">
            <div role="status">
              {drafts.deleted && (
                <div className="notice">
                  <p>
                    “{drafts.deleted.name}” was deleted.{' '}
                    <button type="button" className="button button--secondary" onClick={drafts.undoRemove}>
                      Undo<span className="visually-hidden"> deleting “{drafts.deleted.name}”</span>
                    </button>
                  </p>
                </div>
              )}
            </div>
            <DraftsList drafts={drafts.list} currentId={draft.id} onOpen={drafts.open} onRename={drafts.rename} onDelete={drafts.remove} />
          </div>
        </details>

        <details className="studio-manage">
          <summary>Start a new draft</summary>
          <div className="details-body">
            <StartFrom examples={examples} onStart={startDraft} />
          </div>
        </details>
      </div>

      {started && <StartNotes started={started} onClose={() => setStarted(undefined)} />}

      {check.broken && (
        <div className="notice notice--alert" role="alert">
          <p>The checks stopped working inside Common Ground ({check.broken}). Your text is still here and still saved; reload the page to try again.</p>
        </div>
      )}

      <div className="studio-workspace">
        <div className="studio-workspace__editor">
          <ScenarioEditor ref={editor} draftKey={String(draft.opening)} initialText={draft.text} findings={check.checking ? undefined : check.findings} vocabulary={vocabulary} onChange={drafts.edit} />
        </div>
        <div className="studio-workspace__panel">
          <StudioTabs
            label="The draft"
            selected={tab}
            onSelect={(id) => setTab(id as Tab)}
            tabs={[
              { id: 'findings', label: findingCount === undefined ? 'Findings' : `Findings (${findingCount})`, panel: <FindingsList findings={check.findings} checking={check.checking} onJump={jump} /> },
              {
                id: 'map',
                label: 'Map',
                panel: (
                  <PanelErrorBoundary what="The map">
                    <MapPanel key={draft.opening} checked={check.map} active={tab === 'map'} onJump={jump} />
                  </PanelErrorBoundary>
                ),
              },
              {
                id: 'play',
                label: 'Play',
                panel: (
                  <PanelErrorBoundary what="The preview">
                    <PreviewPanel key={draft.opening} scenario={check.playable} hasErrors={errorsNow} />
                  </PanelErrorBoundary>
                ),
              },
              { id: 'plan', label: 'Test plan', panel: <TestPlanPanel runPlan={worker.runPlan} playable={check.playable !== undefined} /> },
            ]}
          />
        </div>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-studio-announcement>
        {announcement}
      </div>
    </div>
  );
}
