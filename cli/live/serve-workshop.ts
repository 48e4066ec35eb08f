/**
 * Starting the workshop server for the `workshop --serve` command: where it
 * listens (the laptop's private address unless told otherwise), the port
 * (the one asked for, else the one the workshop used before so the phones
 * find it again, else the default, trying the next few if one is busy),
 * the room code kept in the workshop, and the join screen's facts.
 */
import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { chooseListenAddress, newRoomCode, openRoom, withLiveRoom, type Scenario, type Workshop } from '../../engine/index.js';
import { CliUsageError } from '../cli-io.js';
import { joinInfo, type JoinInfo } from './join-info.js';
import { createLiveHub, type LiveHub } from './live-hub.js';
import { startLiveServer, type LiveServer } from './live-server.js';
import { participantAssets } from './participant-assets.js';

/** What the command asked for. */
export interface ServeRequest {
  host: string | undefined;
  port: number | undefined;
  allowPublic: boolean;
  /** The port tried when neither `port` nor the workshop says one. */
  defaultPort: number;
  autostart: boolean;
}

/** A served workshop, ready for the screen. */
export interface ServedWorkshop {
  workshop: Workshop;
  hub: LiveHub;
  server: LiveServer;
  join: JoinInfo;
  /** Something to tell the trainer (the port changed since last time), or null. */
  notice: string | null;
}

const random = (count: number) => new Uint8Array(randomBytes(count));

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EADDRINUSE';
}

/**
 * Starts serving `workshop` to phones.
 * @throws {CliUsageError} when there is nowhere safe to listen, or the port asked for is busy.
 * @example
 * const served = await serveWorkshop(scenario, workshop, { host: '127.0.0.1', port: undefined, allowPublic: false, defaultPort: 8420, autostart: false });
 */
export async function serveWorkshop(scenario: Scenario, start: Workshop, request: ServeRequest): Promise<ServedWorkshop> {
  const address = chooseListenAddress(networkInterfaces(), request.host, request.allowPublic);
  if (!address.ok) throw new CliUsageError(address.message, address.hint);
  const named = withLiveRoom(start, () => newRoomCode(random));
  const hub = createLiveHub(scenario, openRoom(scenario, named, { autostart: request.autostart }));
  const wanted = request.port ?? named.live?.port ?? request.defaultPort;
  // A port asked for is that port or nothing; otherwise the next few are tried, so a busy default does not stop a workshop.
  const ports = request.port !== undefined ? [wanted] : Array.from({ length: 10 }, (_, index) => wanted + index).filter((port) => port <= 65535);
  const assets = participantAssets();
  let server: LiveServer | null = null;
  for (const port of ports) {
    try {
      server = await startLiveServer({ hub, host: address.host, port, assets, random });
      break;
    } catch (error) {
      if (!isAddressInUse(error)) throw error;
    }
  }
  if (!server) {
    throw new CliUsageError(
      request.port !== undefined ? `Port ${wanted} on ${address.host} is in use by another program.` : `Ports ${ports[0]} to ${ports.at(-1)} on ${address.host} are all in use.`,
      'Close the other program, or choose a free port with --port.',
    );
  }
  const workshop = withLiveRoom(named, () => named.live!.code, server.port);
  const moved = named.live?.port !== undefined && named.live.port !== server.port;
  const join = await joinInfo(server.url, workshop.live!.code, address.kind);
  const notice = moved ? `Port ${named.live!.port} was busy, so the join address changed to ${server.url}: phones scan the new code.` : null;
  return { workshop, hub, server, join, notice };
}
