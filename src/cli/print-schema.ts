import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { projectPath } from '../project-root.js';
import { schema } from '../graphql/index.js';

/** Writes the sorted SDL to schema/schema.graphql; a test fails when the committed copy drifts. */
const target = projectPath('schema', 'schema.graphql');
writeFileSync(target, `${printSchema(schema)}\n`);
process.stdout.write(`wrote ${target}\n`);
