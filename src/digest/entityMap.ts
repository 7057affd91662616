/**
 * The people-and-organizations map of a digest: who appears with whom. The batch's most salient
 * people and organizations are the nodes; two are joined when they appear in the same story.
 * Positions come from a force layout run a fixed number of steps from a fixed start, with no
 * randomness, so one digest always gives the same map and the HTML page drawing it is
 * byte-stable.
 */
import type { Digest, DigestEntity } from './types.js';

/**
 * People and organizations drawn at most, the most salient first. Beyond about thirty the labels
 * crowd each other out on a page-wide drawing; the rest are in each article's own summary.
 */
export const MAP_ENTITIES = 30;

/** The drawing's size in SVG units; the page scales it to its width, so only the proportions matter. */
export const MAP_WIDTH = 760;
export const MAP_HEIGHT = 480;

/** Space kept clear along the edges, so that nodes and the start of their labels stay inside. */
const MARGIN = 48;

/** Node radius, from the least to the most salient entity: large enough to click, small enough to leave room for labels. */
const MIN_RADIUS = 5;
const MAX_RADIUS = 14;

/**
 * Layout steps. The layout cools to a standstill over them; with at most {@link MAP_ENTITIES}
 * nodes, 300 steps settle every batch tried and cost well under a millisecond each.
 */
const LAYOUT_STEPS = 300;

/**
 * Strength of a spring tying every node to the centre: without it, stories that share nobody push
 * each other far apart, and once stretched to the frame each story is a tight knot of labels in a
 * corner. At 2 the stories of the fixture batches sit a story's width apart.
 */
const GRAVITY = 2;

/** The first step's largest move, as a share of the layout's spread (√nodes); later steps move less and less. */
const START_TEMPERATURE = 0.1;

/** Characters a label is cut to (the full name is in the node's tooltip): longer ones would cover their neighbours. */
export const LABEL_CHARACTERS = 26;

/** Label size in SVG units at the page's 12-unit font: the average width of a character and the height of a line. */
const LABEL_CHARACTER_WIDTH = 6.8;
const LABEL_HEIGHT = 14;
/** How far below its baseline a label's line reaches. */
const LABEL_DESCENT = 3;

/** Gap between a node and its label. */
const LABEL_GAP = 4;

/** Share of a label's area that may cover other nodes and labels before it is drawn only on demand. */
const MAX_LABEL_COVER = 0.1;

/** Decimals kept in coordinates: a tenth of a unit is finer than any screen shows, and short numbers keep the page small. */
const COORDINATE_SCALE = 10;

/** One person or organization on the map. */
export interface MapNode {
  entity: DigestEntity;
  /** Centre, in SVG units. */
  x: number;
  y: number;
  radius: number;
  label: MapLabel;
}

/** A node's name as drawn: where it starts and how it is aligned (SVG `text-anchor`). */
export interface MapLabel {
  /** The name, cut to {@link LABEL_CHARACTERS}. */
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /**
   * True when every side of the node covers a more salient node or label: the name is then shown
   * only while the node is pointed at or focused (its tooltip always has it).
   */
  crowded: boolean;
}

/** Two nodes appearing in the same stories. */
export interface MapEdge {
  /** Indexes into `EntityMap.nodes`, `a < b`. */
  a: number;
  b: number;
  /** The ids of the stories both appear in, in digest order. */
  stories: string[];
}

/** The map as data: what to draw and where. */
export interface EntityMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

/**
 * The map of `digest`: its `limit` most salient people and organizations (the digest lists its
 * entities most salient first), joined when they appear in one story, laid out deterministically.
 */
export function entityMap(digest: Digest, limit = MAP_ENTITIES): EntityMap {
  const entities = digest.entities.filter((entity) => entity.type === 'PERSON' || entity.type === 'ORG').slice(0, limit);
  const edges: MapEdge[] = [];
  for (let a = 0; a < entities.length; a++) {
    const storiesOfA = new Set(entities[a]!.stories);
    for (let b = a + 1; b < entities.length; b++) {
      const stories = entities[b]!.stories.filter((story) => storiesOfA.has(story));
      if (stories.length > 0) edges.push({ a, b, stories });
    }
  }
  const positions = forceLayout(entities.length, edges, MAP_WIDTH, MAP_HEIGHT);
  const placed = entities.map((entity, index) => ({
    entity,
    x: positions[index]!.x,
    y: positions[index]!.y,
    radius: rounded(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(1, Math.max(0, entity.salience)))),
  }));
  const labels = placeLabels(placed, MAP_WIDTH, MAP_HEIGHT);
  return { width: MAP_WIDTH, height: MAP_HEIGHT, nodes: placed.map((node, index) => ({ ...node, label: labels[index]! })), edges };
}

/** `text` cut to `limit` characters (code points, so no emoji is split), with an ellipsis when cut. */
export function cutText(text: string, limit: number): string {
  const characters = Array.from(text);
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('').trimEnd()}…`;
}

/** A rectangle: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** The box a label's text takes, from its baseline and alignment: left, top, right, bottom. */
export function labelBox(label: Pick<MapLabel, 'text' | 'x' | 'y' | 'anchor'>): Box {
  const wide = Array.from(label.text).length * LABEL_CHARACTER_WIDTH;
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - wide : label.x - wide / 2;
  return [left, label.y - LABEL_HEIGHT + LABEL_DESCENT, left + wide, label.y + LABEL_DESCENT];
}

/** The area two boxes share. */
function overlap(a: Box, b: Box): number {
  return Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
}

/**
 * A label for each node, most salient first, each at the side of its node (right, left, below or
 * above) where it covers the least of the nodes and of the labels already placed, and stays inside
 * the frame. On a tie a label points to the middle of the map, where there is room for it. A
 * label that covers more than {@link MAX_LABEL_COVER} of its area wherever it goes is crowded.
 */
export function placeLabels(nodes: ReadonlyArray<{ entity: DigestEntity; x: number; y: number; radius: number }>, width: number, height: number): MapLabel[] {
  const taken: Box[] = nodes.map(({ x, y, radius }) => [x - radius, y - radius, x + radius, y + radius]);
  const frame: Box = [0, 0, width, height];
  return nodes.map(({ entity, x, y, radius }) => {
    const text = cutText(entity.name, LABEL_CHARACTERS);
    const reach = radius + LABEL_GAP;
    // The baseline sits a little below the middle of the line, so the text looks centred on the node.
    const baseline = y + LABEL_HEIGHT / 2 - LABEL_DESCENT;
    const side = (label: Omit<MapLabel, 'crowded'>) => ({ label, box: labelBox(label) });
    const right = side({ text, x: x + reach, y: baseline, anchor: 'start' });
    const left = side({ text, x: x - reach, y: baseline, anchor: 'end' });
    const below = side({ text, x, y: y + reach + LABEL_HEIGHT - LABEL_DESCENT, anchor: 'middle' });
    const above = side({ text, x, y: y - reach - LABEL_DESCENT, anchor: 'middle' });
    const candidates = x <= width / 2 ? [right, left, below, above] : [left, right, below, above];
    let best = candidates[0]!;
    let bestCost = Infinity;
    for (const candidate of candidates) {
      const box = candidate.box;
      const outside = (box[2] - box[0]) * (box[3] - box[1]) - overlap(box, frame);
      // A label cut by the frame's edge is worse than one crossing a neighbour's.
      const cost = 2 * outside + taken.reduce((sum, other) => sum + overlap(box, other), 0);
      if (cost < bestCost - 1e-9) {
        best = candidate;
        bestCost = cost;
      }
    }
    const crowded = bestCost > MAX_LABEL_COVER * (best.box[2] - best.box[0]) * (best.box[3] - best.box[1]);
    // A label drawn only on demand covers nothing the other labels must avoid.
    if (!crowded) taken.push(best.box);
    return { ...best.label, x: rounded(best.label.x), y: rounded(best.label.y), crowded };
  });
}

/** `value` to a tenth, so that printed coordinates are short and the same on every run. */
function rounded(value: number): number {
  return Math.round(value * COORDINATE_SCALE) / COORDINATE_SCALE;
}

/** The golden angle, in radians: consecutive points of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for `count` nodes joined by `edges` inside a `width` × `height` frame: a
 * Fruchterman–Reingold layout (nodes repel each other, edges pull their ends together, a weak
 * spring holds everything near the centre) over a fixed number of cooling steps, then stretched
 * to fill the frame. The start is a sunflower spiral in node order, the most salient node in the
 * middle, so no seed is needed and the result depends on nothing but the input.
 */
export function forceLayout(count: number, edges: ReadonlyArray<Pick<MapEdge, 'a' | 'b' | 'stories'>>, width: number, height: number): Array<{ x: number; y: number }> {
  // The layout runs in units of the distance two unconnected nodes settle at; only the
  // arrangement matters, as it is stretched to the frame at the end.
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const spread = Math.sqrt(count);
  for (let i = 0; i < count; i++) {
    const radius = spread * Math.sqrt((i + 0.5) / count);
    x[i] = radius * Math.cos(i * GOLDEN_ANGLE);
    y[i] = radius * Math.sin(i * GOLDEN_ANGLE);
  }
  const moveX = new Float64Array(count);
  const moveY = new Float64Array(count);
  for (let step = 0; step < LAYOUT_STEPS; step++) {
    const temperature = START_TEMPERATURE * spread * (1 - step / LAYOUT_STEPS);
    moveX.fill(0);
    moveY.fill(0);
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        let dx = x[i]! - x[j]!;
        let dy = y[i]! - y[j]!;
        // Two nodes on one spot would have no direction to part in: part them along one fixed by their order.
        if (dx * dx + dy * dy < 1e-9) {
          dx = 1e-3 * (j - i);
          dy = 1e-3;
        }
        // Repulsion 1/d, as a vector.
        const push = 1 / (dx * dx + dy * dy);
        moveX[i] = moveX[i]! + dx * push;
        moveY[i] = moveY[i]! + dy * push;
        moveX[j] = moveX[j]! - dx * push;
        moveY[j] = moveY[j]! - dy * push;
      }
    }
    for (const { a, b, stories } of edges) {
      const dx = x[a]! - x[b]!;
      const dy = y[a]! - y[b]!;
      // Attraction d², as a vector; entities sharing several stories are held closer than those sharing one.
      const pull = Math.sqrt(dx * dx + dy * dy) * Math.sqrt(stories.length);
      moveX[a] = moveX[a]! - dx * pull;
      moveY[a] = moveY[a]! - dy * pull;
      moveX[b] = moveX[b]! + dx * pull;
      moveY[b] = moveY[b]! + dy * pull;
    }
    for (let i = 0; i < count; i++) {
      const distance = Math.sqrt(x[i]! * x[i]! + y[i]! * y[i]!);
      moveX[i] = moveX[i]! - GRAVITY * x[i]! * distance;
      moveY[i] = moveY[i]! - GRAVITY * y[i]! * distance;
      const length = Math.sqrt(moveX[i]! * moveX[i]! + moveY[i]! * moveY[i]!);
      if (length === 0) continue;
      const scale = Math.min(length, temperature) / length;
      x[i] = x[i]! + moveX[i]! * scale;
      y[i] = y[i]! + moveY[i]! * scale;
    }
  }
  const fitX = fit(x, width);
  const fitY = fit(y, height);
  return Array.from({ length: count }, (_, i) => ({ x: rounded(fitX(x[i]!)), y: rounded(fitY(y[i]!)) }));
}

/** Stretches `values` to span the frame's `size` less its margins; all to the middle when they are one value. */
function fit(values: Float64Array, size: number): (value: number) => number {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (!(high - low > 1e-9)) return () => size / 2;
  return (value) => MARGIN + ((value - low) / (high - low)) * (size - 2 * MARGIN);
}
