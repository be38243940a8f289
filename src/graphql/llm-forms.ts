import { OUTPUT_FORMS, TOOL_PROTOCOLS } from '../llm/forms.js';
import { builder } from './builder.js';

export const OutputForm = builder.enumType('LlmOutputForm', {
  description:
    'How the model was asked for its JSON answer: JSON_SCHEMA (response_format json_schema), JSON_OBJECT_SCHEMA (json_object with the schema beside it, which llama.cpp turns into a grammar, and in the prompt), JSON_OBJECT (json_object, the schema in the prompt) or TEXT (the schema in the prompt, the JSON found in the text). The endpoint decides by what it accepts.',
  values: OUTPUT_FORMS,
});

export const ToolProtocol = builder.enumType('LlmToolProtocol', {
  description:
    "How `ask` gave the model its tools: the endpoint's NATIVE function calling, or a JSON_PROMPT protocol written in the prompt.",
  values: TOOL_PROTOCOLS,
});
