import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './node-type.js';
import './artifacts.js';
import './releases.js';
import './aliases.js';
import './runs.js';
import './invocations.js';
import './signals.js';
import './agents.js';
import './api-keys.js';
import './usecases.js';
import './approvals.js';
import './policies.js';
import './audit.js';
import './lineage.js';
import './provenance.js';
import './diff.js';
import './openlineage.js';
import './prov.js';
import './search.js';
import './documents.js';
import './ask.js';
import './recommendations.js';
import './viewer.js';

/** The one place the schema is assembled; only the app and the schema printer import it. */
export const schema = lexicographicSortSchema(builder.toSchema());
