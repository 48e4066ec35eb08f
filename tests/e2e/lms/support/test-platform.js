// A learning platform for the tests: scorm-again's real SCORM 1.2 API on this
// window, which the package in the frame finds as a platform's would. What a
// platform keeps between visits (cmi's values) is kept in localStorage, and
// handed back on the next visit with cmi.core.entry 'resume' after a
// suspend, as a platform does; the values it holds are shown on the page.
(function () {
  const KEPT = 'test-platform:cmi';
  // cmi.core.exit and session_time are write-only to a SCO; the platform itself reads what it was sent.
  const exitOf = (cmi) => cmi.core._exit;
  const sessionTimeOf = (cmi) => cmi.core._session_time;
  const api = new window.Scorm12API({ autocommit: false, logLevel: 5 });
  const kept = localStorage.getItem(KEPT);
  if (kept) {
    const core = JSON.parse(kept);
    api.loadFromJSON({ core: { lesson_status: core.lesson_status, lesson_location: core.lesson_location, entry: core.exit === 'suspend' ? 'resume' : '', score: core.score }, suspend_data: core.suspend_data }, '');
  }
  const log = [];
  const show = () => {
    const cmi = api.cmi;
    const rows = {
      'cmi.core.lesson_status': cmi.core.lesson_status,
      'cmi.core.score.raw': cmi.core.score.raw,
      'cmi.core.session_time': sessionTimeOf(cmi),
      'cmi.core.exit': exitOf(cmi),
      'cmi.core.lesson_location': cmi.core.lesson_location,
      'cmi.suspend_data (characters)': String(cmi.suspend_data.length),
    };
    document.getElementById('cmi').innerHTML = Object.entries(rows).map(([key, value]) => `<dt>${key}</dt><dd data-element="${key}">${String(value)}</dd>`).join('');
  };
  const keep = () => {
    const cmi = api.cmi;
    localStorage.setItem(KEPT, JSON.stringify({ lesson_status: cmi.core.lesson_status, lesson_location: cmi.core.lesson_location, exit: exitOf(cmi), score: { raw: cmi.core.score.raw, min: cmi.core.score.min, max: cmi.core.score.max }, suspend_data: cmi.suspend_data, session_time: sessionTimeOf(cmi) }));
    show();
  };
  api.on('LMSCommit', () => { log.push('LMSCommit'); keep(); });
  api.on('LMSFinish', () => { log.push('LMSFinish'); keep(); });
  api.on('LMSInitialize', () => { log.push('LMSInitialize'); show(); });
  window.API = api;
  window.platformLog = log;
  window.platformCmi = () => ({ lesson_status: api.cmi.core.lesson_status, score_raw: api.cmi.core.score.raw, score_min: api.cmi.core.score.min, score_max: api.cmi.core.score.max, session_time: sessionTimeOf(api.cmi), exit: exitOf(api.cmi), lesson_location: api.cmi.core.lesson_location, suspend_data: api.cmi.suspend_data });
  const sco = new URLSearchParams(location.search).get('sco') || 'pkg/index.html';
  document.getElementById('sco').src = sco;
  show();
})();
