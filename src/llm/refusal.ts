import OpenAI from 'openai';

/** What a request may ask of an endpoint beyond plain chat. */
export type Feature = 'JSON_SCHEMA' | 'JSON_OBJECT_SCHEMA' | 'JSON_OBJECT' | 'TOOLS';

/** How an answer names the feature it refuses (llama.cpp: "response_format.type: Input should be 'text' or 'json_object'"). */
const NAMED: Record<Feature, RegExp> = {
  JSON_SCHEMA: /response_format|json_schema|structured output/i,
  JSON_OBJECT_SCHEMA: /response_format|json_object|json mode|\bschema\b/i,
  JSON_OBJECT: /response_format|json_object|json mode/i,
  TOOLS: /\btools?\b|tool_choice|tool call|function[ _]call/i,
};
/** A client error saying a parameter is not supported, whatever it names. */
const UNSUPPORTED =
  /not supported|unsupported|unrecognized|unknown (?:parameter|field|argument)|extra (?:inputs|fields) (?:are )?not permitted/i;

/**
 * Whether an error is the endpoint refusing `feature`: read from the answer (status and message),
 * never from the endpoint's name. A 4xx or 501 that names the feature or says "not supported", or a
 * 500 that names it (llama.cpp's server answers its request validation with a 500), is a refusal; any
 * other failure (a crash, a timeout, a bad key) is not, and leaves the endpoint's forms as they were.
 */
export function refuses(err: unknown, feature: Feature): boolean {
  if (!(err instanceof OpenAI.APIError) || typeof err.status !== 'number') return false;
  const message = err.message;
  if (err.status === 500) return NAMED[feature].test(message);
  if (![400, 404, 422, 501].includes(err.status)) return false;
  return NAMED[feature].test(message) || UNSUPPORTED.test(message);
}
