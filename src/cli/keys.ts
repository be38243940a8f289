/**
 * API key administration, straight against the database (whoever can run this can reach the graph).
 *   npm run keys -- create --principal person:alice --role ENGINEER [--role APPROVER] [--clearance CONFIDENTIAL] [--description "…"]
 *   npm run keys -- revoke <keyId>
 *   npm run keys -- list [--active]
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { devInstance } from '../local-neo4j/paths.js';
import { migrate } from '../db/migrate.js';
import type { ApiKeyRecord } from '../domain/api-keys/record.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../domain/api-keys/service.js';
import { systemPrincipal } from '../domain/permissions/principal.js';
import type { DomainContext } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import { exitWithStartupFailure } from '../startup-failure.js';
import { servicesFrom } from '../domain/services.js';

const USAGE = [
  'usage: npm run keys -- create --principal <person:…|service:…> --role <ROLE> [--role <ROLE>…] [--clearance <CLASSIFICATION>] [--description <text>]',
  '       npm run keys -- revoke <keyId>',
  '       npm run keys -- list [--active]',
  'roles: VIEWER ANALYST ENGINEER APPROVER AUDITOR ADMIN; clearance: PUBLIC INTERNAL (default) CONFIDENTIAL RESTRICTED',
].join('\n');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      principal: { type: 'string', short: 'p' },
      role: { type: 'string', short: 'r', multiple: true },
      clearance: { type: 'string', short: 'c' },
      description: { type: 'string', short: 'd' },
      active: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || !['create', 'revoke', 'list'].includes(command)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }

  const config = loadConfig();
  const db = await connectDatabase(config, { instance: devInstance() });
  try {
    await migrate(db);
    const ctx: DomainContext = {
      db,
      principal: systemPrincipal('service:keys-cli'),
      now: () => new Date(),
      requestId: `keys-cli-${randomUUID()}`,
      ...servicesFrom(config),
    };
    if (command === 'create') {
      const roles = (values.role ?? []).map((r) => r.toUpperCase());
      const { apiKey, key } = await createApiKey(ctx, {
        principal: values.principal,
        roles,
        clearance: values.clearance?.toUpperCase(),
        description: values.description,
      });
      console.log(`created ${apiKey.id} for ${apiKey.principal} (roles: ${apiKey.roles.join(', ')}; clearance: ${apiKey.clearance})`);
      console.log('the key (shown once; it is not stored and cannot be recovered):');
      console.log(key);
      console.log('send it as: Authorization: Bearer <key>');
    } else if (command === 'revoke') {
      if (rest.length !== 1) {
        console.error(USAGE);
        return 2;
      }
      const revoked = await revokeApiKey(ctx, rest[0]);
      console.log(
        `revoked ${revoked.id} (${revoked.principal}) at ${revoked.revokedAt}; running servers refuse it within ${config.auth.apiKeyCacheSeconds} s`,
      );
    } else {
      printTable(await allKeys(ctx, !values.active));
    }
    return 0;
  } finally {
    await db.close();
  }
}

async function allKeys(ctx: DomainContext, includeRevoked: boolean): Promise<ApiKeyRecord[]> {
  const keys: ApiKeyRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await listApiKeys(ctx, { first: 100, after, includeRevoked });
    keys.push(...page.items.map((i) => i.node));
    if (!page.hasNextPage) return keys;
    after = page.items.at(-1)!.cursor;
  }
}

function printTable(keys: ApiKeyRecord[]): void {
  if (keys.length === 0) return void console.log('no API keys');
  const rows = [
    ['id', 'principal', 'roles', 'clearance', 'created', 'by', 'revoked'],
    ...keys.map((k) => [k.id, k.principal, k.roles.join(','), k.clearance, k.createdAt, k.createdBy, k.revokedAt ?? '-']),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows)
    console.log(
      r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    );
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof DomainError) {
      console.error(`provenant keys: ${err.code}: ${err.message}`);
      process.exit(1);
    }
    exitWithStartupFailure('provenant keys', 'database', err);
  },
);
