// Benchmarks of @kehoach/period against chrono-node's Vietnamese parser (chrono.vi) on the
// same strings, plus linear-time and fuzzing checks. Run with `npm run bench -- period`.
import * as chrono from "chrono-node";
import { opsPerSecond, report, timeMs } from "../../../scripts/bench-kit.ts";
import { parsePeriod } from "../src/parsePeriod";
import { type LabelledPhrase, realPhrases, seedCells } from "./phrases";

const reference = new Date(Date.UTC(2024, 0, 1, 5));

function iso(c: chrono.ParsedComponents): string {
  const y = c.get("year") ?? 0;
  const m = c.get("month") ?? 0;
  const d = c.get("day") ?? 0;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** chrono's reading: the first start and last end over all its results (the most generous reading). */
function chronoReading(text: string): { start: string | null; end: string | null } {
  const results = chrono.vi.parse(text, reference);
  if (results.length === 0) return { start: null, end: null };
  const starts = results.map((r) => iso(r.start)).sort();
  const ends = results.map((r) => iso(r.end ?? r.start)).sort();
  return { start: starts[0] ?? null, end: ends[ends.length - 1] ?? null };
}

function oursExact(p: LabelledPhrase): boolean {
  const r = parsePeriod(p.text, { year: 2024 });
  return r.kind === p.kind && r.start === p.start && r.end === p.end && r.deadline === (p.deadline ?? null);
}

function chronoExact(p: LabelledPhrase): boolean {
  const r = chronoReading(p.text);
  return r.start === p.start && r.end === p.end;
}

function warm(fn: () => void, ms = 3000): void {
  const until = performance.now() + ms;
  while (performance.now() < until) fn();
}

function compare(name: string, phrases: LabelledPhrase[]): void {
  const texts = phrases.map((p) => p.text);
  const options = { year: 2024 };
  // Steady state: both parsers get the same warm-up (JIT compilation and deoptimisation settle).
  warm(() => {
    for (const t of texts) parsePeriod(t, options);
  });
  warm(() => {
    for (const t of texts) chrono.vi.parse(t, reference);
  });
  // Interleaved short windows, so that a change in machine load affects both parsers alike.
  let ours = 0;
  let theirs = 0;
  const rounds = 10;
  for (let r = 0; r < rounds; r++) {
    ours += opsPerSecond(() => {
      for (const t of texts) parsePeriod(t, options);
    }, 150);
    theirs += opsPerSecond(() => {
      for (const t of texts) chrono.vi.parse(t, reference);
    }, 150);
  }
  ours = (ours / rounds) * texts.length;
  theirs = (theirs / rounds) * texts.length;
  const oursShare = phrases.filter(oursExact).length / phrases.length;
  const chronoShare = phrases.filter(chronoExact).length / phrases.length;
  report({
    package: "period",
    benchmark: `${name} (${phrases.length} phrases)`,
    ours,
    baseline: theirs,
    baselineName: "chrono-node vi",
    unit: "phrases/s",
    ratio: ours / theirs,
    target: "≥ 2×",
    note: `exact matches: ours ${(oursShare * 100).toFixed(0)}%, chrono ${(chronoShare * 100).toFixed(0)}% (chrono judged on start/end only)`,
  });
  console.log(
    `  exact matches — ours: ${(oursShare * 100).toFixed(1)}%, chrono-node vi: ${(chronoShare * 100).toFixed(1)}%`,
  );
}

compare("seed cells", seedCells);
compare("real-world phrases", realPhrases);

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  ..."tháng quý năm ngày từ đến trước hoàn thành cao điểm tuần đầu cuối giữa thượng trung hạ âm lịch Tết mùng rằm Giêng Chạp theo tiến độ thường xuyên hằng năm kỷ niệm dịp cấp quận phường Thành phố tổ chức thực hiện các đơn vị liên quan Quý III IV".split(
    " ",
  ),
  "10/2024",
  "30/11/2024",
  "6,7/2024",
  "-",
  ";",
  ",",
  "(",
  ")",
  "2024",
  "4-10/2024",
  "26,",
  "15.12.2020",
];

function randomText(rand: () => number, length: number): string {
  let out = "";
  while (out.length < length) out += `${WORDS[Math.floor(rand() * WORDS.length)]} `;
  return out.slice(0, length);
}

const big = randomText(random(1), 100_000);
// Warm both parsers on the long input first (steady state, as for the phrase sets).
for (let r = 0; r < 5; r++) {
  parsePeriod(big, { year: 2024 });
  chrono.vi.parse(big, reference);
}
let bigMs = Number.POSITIVE_INFINITY;
let chronoBigMs = Number.POSITIVE_INFINITY;
for (let r = 0; r < 5; r++) {
  bigMs = Math.min(bigMs, await timeMs(() => parsePeriod(big, { year: 2024 }), 2));
  chronoBigMs = Math.min(chronoBigMs, await timeMs(() => chrono.vi.parse(big, reference), 1));
}
report({
  package: "period",
  benchmark: "100 KB of random Vietnamese time words",
  ours: bigMs,
  baseline: chronoBigMs,
  baselineName: "chrono-node vi",
  unit: "ms",
  ratio: chronoBigMs / bigMs,
  target: "< 50 ms",
  note: "ratio = chrono time / ours",
});

// 1,000,000 fuzzed inputs: random strings and mutations of real cells; no throw, slowest input timed.
const rand = random(42);
const ALPHABET = "aàáảãạăâđeêioôơuưyđĐ0123456789/-.,;:()– \nTtQqNn";
function mutate(text: string): string {
  const chars = [...text];
  const edits = 1 + Math.floor(rand() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (chars.length + 1));
    const op = rand();
    const ch = ALPHABET[Math.floor(rand() * ALPHABET.length)] ?? " ";
    if (op < 0.4) chars.splice(at, 1);
    else if (op < 0.8) chars.splice(at, 0, ch);
    else chars.splice(at, 1, ch);
  }
  return chars.join("");
}

const total = Number(process.env.PERIOD_FUZZ_COUNT ?? 1_000_000);
/** The 20 slowest samples; a single sample can include a GC pause or a scheduler hiccup, so they are re-timed. */
const slowest: { ms: number; text: string }[] = [];
let thrown = 0;
const fuzzStart = performance.now();
for (let n = 0; n < total; n++) {
  const r = rand();
  const text =
    r < 0.5
      ? mutate(realPhrases[Math.floor(rand() * realPhrases.length)]?.text ?? "")
      : r < 0.8
        ? randomText(rand, 1 + Math.floor(rand() * 160))
        : Array.from({ length: Math.floor(rand() * 120) }, () =>
            String.fromCharCode(Math.floor(rand() * 0x2000)),
          ).join("");
  const t0 = performance.now();
  try {
    parsePeriod(text, { year: 2024 });
  } catch {
    thrown++;
  }
  const ms = performance.now() - t0;
  if (slowest.length < 20 || ms > (slowest[slowest.length - 1]?.ms ?? 0)) {
    slowest.push({ ms, text });
    slowest.sort((a, b) => b.ms - a.ms);
    if (slowest.length > 20) slowest.pop();
  }
}
const fuzzSeconds = (performance.now() - fuzzStart) / 1000;
let worst = { ms: 0, text: "" };
for (const sample of slowest) {
  const ms = await timeMs(() => parsePeriod(sample.text, { year: 2024 }), 5);
  if (ms > worst.ms) worst = { ms, text: sample.text };
}
report({
  package: "period",
  benchmark: `fuzz: ${total.toLocaleString("en")} inputs, slowest input`,
  ours: worst.ms,
  unit: "ms",
  target: "< 5 ms, no throw",
  note: `${thrown} threw; the 20 slowest samples (largest ${(slowest[0]?.ms ?? 0).toFixed(2)} ms) re-timed best of 5, worst ${JSON.stringify(worst.text.slice(0, 60))}; ${(total / fuzzSeconds).toFixed(0)} inputs/s`,
});
console.log(
  `  fuzz: ${thrown} threw; largest single sample ${(slowest[0]?.ms ?? 0).toFixed(2)} ms; slowest input re-timed ${worst.ms.toFixed(3)} ms`,
);
if (thrown > 0) process.exitCode = 1;
