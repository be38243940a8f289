import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { schema } from '../graphql/index.js';

/** Writes the sorted SDL to schema/schema.graphql; a test fails when the committed copy drifts. */
const target = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
writeFileSync(target, `${printSchema(schema)}\n`);
process.stdout.write(`wrote ${target}\n`);
