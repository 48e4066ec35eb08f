/**
 * The launch page of a scenario's learning-platform package: the player's
 * script and styles, the scenario's data file, and a content security
 * policy that lets the page load only its own files and talk only to the
 * learning record store the package was built for (none by default).
 */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What the launch page needs. */
export interface LaunchPageFacts {
  title: string;
  /** The origin of the xAPI learning record store the page may send statements to; none when xAPI is off. */
  lrsOrigin: string | null;
}

/**
 * The launch page's HTML.
 * @example
 * launchPage({ title: 'Closing too soon', lrsOrigin: null });
 */
export function launchPage(facts: LaunchPageFacts): string {
  const connect = facts.lrsOrigin ?? "'none'";
  const policy = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src ${connect}; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
    <meta name="referrer" content="no-referrer">
    <title>${escapeHtml(facts.title)} – Common Ground</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="player.css">
    <script src="scenario.js" defer></script>
    <script src="player.js" defer></script>
  </head>
  <body>
    <main class="lms-page" id="main">
      <div id="player">
        <h1>${escapeHtml(facts.title)}</h1>
        <p>The scenario is loading. If nothing happens, this page needs JavaScript: turn it on in the browser's settings.</p>
      </div>
    </main>
  </body>
</html>
`;
}
