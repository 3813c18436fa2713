import { PAUSABLE_STATUSES, STATUS_INFO, type Status } from './statuses.js';
import {
  TRANSITION_COLUMN_INFO,
  TRANSITION_COLUMNS,
  TRANSITION_ROWS,
  TRANSITIONS,
  type TransitionColumn,
} from './transitions.js';

type Edges = Map<string, { from: Status; to: Status; labels: string[] }>;

function addEdge(edges: Edges, from: Status, to: Status, label: string): void {
  const key = `${from}>${to}`;
  const edge = edges.get(key);
  if (edge === undefined) edges.set(key, { from, to, labels: [label] });
  else if (!edge.labels.includes(label)) edge.labels.push(label);
}

function columnsWhere(whilePaused: 'underneath' | 'ends_pause'): TransitionColumn[] {
  return TRANSITION_COLUMNS.filter((column) => TRANSITION_COLUMN_INFO[column].whilePaused === whilePaused);
}

/** The base statuses a paused lead can have: the pausable ones and where events underneath lead. */
export function basesWhilePaused(): Status[] {
  const bases: Status[] = [...PAUSABLE_STATUSES];
  for (let i = 0; i < bases.length; i++) {
    const from = bases[i];
    if (from === undefined || from === 'paused') continue;
    for (const column of columnsWhere('underneath')) {
      const to = TRANSITIONS[from][column].to;
      if (!bases.includes(to)) bases.push(to);
    }
  }
  return bases;
}

/**
 * The status a column leads to from every status (paused included), if there is one: such a column is
 * drawn as a note on its target instead of an arrow from each status.
 */
export function columnTargetFromEverywhere(column: TransitionColumn): Status | null {
  const targets = new Set<Status>(TRANSITION_ROWS.map((from) => TRANSITIONS[from][column].to));
  if (TRANSITION_COLUMN_INFO[column].whilePaused !== 'ends_pause') targets.add('paused');
  const [target] = targets;
  return targets.size === 1 && target !== undefined ? target : null;
}

function tableEdges(edges: Edges): void {
  for (const from of TRANSITION_ROWS) {
    for (const column of TRANSITION_COLUMNS) {
      const to = TRANSITIONS[from][column].to;
      if (to !== from && columnTargetFromEverywhere(column) === null) {
        addEdge(edges, from, to, TRANSITION_COLUMN_INFO[column].arrow);
      }
    }
  }
}

function pauseEdges(edges: Edges): void {
  for (const status of PAUSABLE_STATUSES) addEdge(edges, status, 'paused', 'pause');
  const bases = basesWhilePaused();
  for (const base of bases) addEdge(edges, 'paused', base, 'resume');
  for (const base of bases) {
    if (base === 'paused') continue;
    for (const column of columnsWhere('ends_pause')) {
      if (columnTargetFromEverywhere(column) !== null) continue;
      addEdge(edges, 'paused', TRANSITIONS[base][column].to, TRANSITION_COLUMN_INFO[column].arrow);
    }
  }
}

/**
 * The status lifecycle as a Mermaid `stateDiagram-v2`, generated from TRANSITIONS and the pause rules:
 * an arrow for every cell that changes the status, except that an event class leading every status
 * to the same one (unsubscribing) is a note on that status. docs/status-lifecycle.md embeds exactly this.
 */
export function lifecycleMermaid(): string {
  const lines = ['stateDiagram-v2'];
  for (const status of [...TRANSITION_ROWS, 'paused' as const]) {
    lines.push(`  state "${STATUS_INFO[status].label}" as ${status}`);
  }
  const edges: Edges = new Map();
  tableEdges(edges);
  pauseEdges(edges);
  lines.push('  [*] --> not_contacted');
  for (const { from, to, labels } of edges.values()) lines.push(`  ${from} --> ${to} : ${labels.join(', ')}`);
  for (const status of TRANSITION_ROWS) {
    if (TRANSITION_COLUMNS.every((column) => TRANSITIONS[status][column].note === 'terminal')) {
      lines.push(`  ${status} --> [*]`);
    }
  }
  for (const column of TRANSITION_COLUMNS) {
    const target = columnTargetFromEverywhere(column);
    if (target !== null) {
      lines.push(
        `  note left of ${target}`,
        `    From every status: ${TRANSITION_COLUMN_INFO[column].arrow}`,
        '  end note',
      );
    }
  }
  return lines.join('\n');
}
