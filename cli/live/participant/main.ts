/**
 * The participant page's shell: the one place that touches the browser. It
 * turns clicks, socket events and the address into events for
 * {@link advanceParticipant}, carries out the effects (send, store, announce,
 * wait to resend) and draws the screen. Served by the trainer's laptop to phones on the
 * local Wi-Fi; it loads nothing from anywhere else.
 */
import { LIVE_PATH } from '../../../engine/runtime.js';
import { newBallotId } from './ballot-id.js';
import { connectionBanner } from './connection-banner.js';
import { LiveConnection } from './live-connection.js';
import { advanceParticipant, initialParticipantState, type ParticipantEffect, type ParticipantEvent, type ParticipantState } from './participant-state.js';
import { forgetPendingVote, readPendingVote, rememberPendingVote } from './pending-vote.js';
import { openPhoneStorage } from './phone-storage.js';
import { readServerMessage } from './read-server-message.js';
import { normaliseRoomCode } from './room-code.js';
import { TIMER_ID, updateTimer } from './render-timer.js';
import { renderScreen } from './render-screen.js';
import { captureMoment, restoreMoment } from './screen-moment.js';
import type { ScreenActions } from './screen.js';
import { forgetSeat, readSeat, rememberSeat } from './seat-memory.js';

const SITE_NAME = 'Common Ground';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The participant page has no #${id}.`);
  return found;
}

function start(): void {
  const screenRoot = element('screen');
  const statusRoot = element('connection-status');
  const announcer = element('announcer');
  const tableName = element('table-name');
  const storage = openPhoneStorage(() => window.localStorage);

  let state: ParticipantState = initialParticipantState();
  let shownKey: string | null = null;
  let shownBanner: string | null = null;
  let announceTimer: number | undefined;
  let resendTimer: number | undefined;

  const connection = new LiveConnection(`ws://${location.host}${LIVE_PATH}`, {
    onOpen: () => dispatch({ type: 'opened' }),
    onClose: () => dispatch({ type: 'closed' }),
    onMessage: (text) => {
      const message = readServerMessage(text);
      if (message) dispatch({ type: 'message', message, at: Date.now() });
    },
  });

  const actions: ScreenActions = {
    enterCode: (text) => {
      enterCode(text);
      // GOV.UK moves focus to the summary on every failed submit, even with the same error as before.
      if (state.codeError) document.getElementById('error-summary')?.focus();
    },
    chooseTable: (table) => dispatch({ type: 'table-chosen', table }),
    chooseChoice: (choice) => dispatch({ type: 'choice-chosen', choice, ballot: newBallotId() }),
    advance: () => dispatch({ type: 'advance-chosen' }),
  };

  function enterCode(text: string): void {
    const code = normaliseRoomCode(text);
    dispatch({ type: 'code-entered', text, seat: readSeat(storage, code), pending: readPendingVote(storage, code) });
  }

  function announce(texts: string[]): void {
    if (texts.length === 0) return;
    // Emptied first and filled a moment later, so the same words twice are still read out.
    window.clearTimeout(announceTimer);
    announcer.textContent = '';
    announceTimer = window.setTimeout(() => {
      announcer.textContent = texts.join(' ');
    }, 100);
  }

  function run(effects: ParticipantEffect[]): void {
    const spoken: string[] = [];
    for (const effect of effects) {
      switch (effect.type) {
        case 'connect':
          connection.start();
          break;
        case 'send':
          connection.send(effect.message);
          break;
        case 'remember-seat':
          rememberSeat(storage, effect.seat);
          break;
        case 'forget-seat':
          forgetSeat(storage, effect.code);
          break;
        case 'remember-vote':
          rememberPendingVote(storage, effect.vote);
          break;
        case 'forget-vote':
          forgetPendingVote(storage, effect.code);
          break;
        case 'show-code': {
          // replaceState, not a hash assignment: no history entry, and no hashchange back into the page.
          const hash = effect.code === null ? '' : `#${effect.code}`;
          if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
          break;
        }
        case 'announce':
          spoken.push(effect.text);
          break;
        case 'resend-later':
          // One wait at a time: a newer "not yet" replaces the older wait rather than adding a second send.
          window.clearTimeout(resendTimer);
          resendTimer = window.setTimeout(() => dispatch({ type: 'resend-due' }), effect.ms);
          break;
      }
    }
    announce(spoken);
  }

  function drawBanner(): void {
    const banner = connectionBanner(state);
    if (banner === shownBanner) return;
    shownBanner = banner;
    statusRoot.replaceChildren();
    if (banner === null) return;
    const box = document.createElement('p');
    box.className = state.connection === 'lost' ? 'banner banner--lost' : 'banner';
    box.textContent = banner;
    statusRoot.append(box);
  }

  function draw(): void {
    const screen = renderScreen(state, actions, Date.now());
    const sameScreen = screen.key === shownKey;
    const moment = sameScreen ? captureMoment(screenRoot) : null;
    screenRoot.replaceChildren(...screen.content);
    document.title = `${screen.title} – ${SITE_NAME}`;
    tableName.textContent = screen.tableName ?? '';
    tableName.hidden = screen.tableName === null;
    drawBanner();
    if (moment) {
      restoreMoment(moment);
      return;
    }
    // A new screen: move focus to it (not on the first draw, so the page does not jump on load).
    const first = shownKey === null;
    shownKey = screen.key;
    if (!first) document.getElementById(screen.focusId)?.focus();
  }

  function dispatch(event: ParticipantEvent): void {
    const { state: next, effects } = advanceParticipant(state, event);
    state = next;
    run(effects);
    draw();
  }

  // The countdown moves between the server's views; checked four times a second so each second shows on time, though only a changed figure is written.
  window.setInterval(() => {
    const timer = state.view?.step === 'discuss' ? state.view.timer : null;
    const target = document.getElementById(TIMER_ID);
    if (timer && target) updateTimer(target, timer, state.viewReceivedAt, Date.now());
  }, 250);

  window.addEventListener('hashchange', () => {
    const code = normaliseRoomCode(location.hash);
    if (code !== '' && code !== state.code) enterCode(code);
  });

  if (location.hash.length > 1) enterCode(location.hash);
  else draw();
}

start();
