/**
 * The entry of a learning-platform package's player (bundled by
 * cli/tools/build-cli.mjs into dist/scorm-player/): the site's styles, and
 * the player over the data the package's `scenario.js` left on the window.
 */
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/content.css';
import '../components/player/controls.css';
import '../components/player/player.css';
import './lms.css';
import { createRoot } from 'react-dom/client';
import { LmsPlayer } from './LmsPlayer.js';
import { readPackageData } from './package-data.js';

const root = document.getElementById('player');
const data = readPackageData(window as unknown as { COMMON_GROUND_PACKAGE?: unknown });
if (root && data) createRoot(root).render(<LmsPlayer data={data} />);
else if (root) root.textContent = 'This package is damaged: its scenario could not be read. Ask whoever uploaded it to build it again.';
