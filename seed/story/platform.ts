import type { Builders, Step } from '../steps.js';

/** The shared base model the platform team hosts; every system builds on one of its versions. */
export function platformStory(b: Builders): Step[] {
  return [
    b.artifact(
      [0, '12:00'],
      'carmen',
      'model',
      'mistral-7b-instruct',
      'Mistral 7B Instruct',
      'Self-hosted open-weights base model served on the internal inference cluster.',
    ),
    b.version([1, '09:00'], 'carmen', 'model', 'model:mistral-7b-instruct@1', 'v0.2 weights, 32k context.', () => ({
      provider: 'mistralai',
      modelKind: 'BASE',
      uri: 'hf://mistralai/Mistral-7B-Instruct-v0.2',
      parameters: JSON.stringify({ contextWindow: 32768, quantisation: 'fp16' }),
    })),
    b.version(
      [7, '09:00'],
      'carmen',
      'model',
      'model:mistral-7b-instruct@2',
      'v0.3 weights: extended vocabulary and function calling.',
      () => ({
        provider: 'mistralai',
        modelKind: 'BASE',
        uri: 'hf://mistralai/Mistral-7B-Instruct-v0.3',
        parameters: JSON.stringify({ contextWindow: 32768, quantisation: 'fp16' }),
      }),
    ),
  ];
}
