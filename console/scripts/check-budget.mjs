#!/usr/bin/env node
// The console's bundle budget (README, Console): fails the build when a chunk outgrows it, or when the
// lineage view's chunks pull in the timeline's chart library (the code split that keeps it light).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'assets');
/** Minified bytes, before compression: the first page (app shell + React), each view, and any chunk at all. */
const BUDGET_KB = { index: 280, LineageView: 220, 'layout.worker': 60, SystemTimeline: 80, MonitoringView: 60, any: 300 };

const failures = [];
const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
for (const file of files) {
  const kb = statSync(path.join(assets, file)).size / 1024;
  const name = file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '');
  const limit = BUDGET_KB[name] ?? BUDGET_KB.any;
  if (kb > limit) failures.push(`${file}: ${kb.toFixed(1)} kB, over its ${limit} kB budget`);
  if ((name === 'LineageView' || name === 'layout.worker') && /uPlot|uplot/.test(readFileSync(path.join(assets, file), 'utf8')))
    failures.push(`${file}: the lineage view must not load the chart library (uPlot)`);
}
if (!files.some((f) => f.startsWith('LineageView-')))
  failures.push('no LineageView chunk: the lineage view is no longer split from the rest');
if (failures.length) {
  process.stderr.write(`console bundle budget exceeded:\n  ${failures.join('\n  ')}\n`);
  process.exit(1);
}
