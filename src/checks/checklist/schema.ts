import { SESSION_TYPES } from '../../report/model.js'

/** Limits that keep a checklist short enough for a client and small enough to read safely. */
export const checklistLimits = {
  questions: 30,
  idLength: 40,
  textLength: 200,
  whyLength: 300,
  fixLength: 300,
  practiceLength: 80,
  welcomeLength: 200,
} as const

const nonEmpty = '\\S'
/** The description of the "not only spaces" pattern; parse-file words it as "is empty". */
export const NON_EMPTY = 'some text'

/**
 * The checklist file format, as JSON Schema (draft-07, checked with ajv). `description` on a
 * pattern is the wording shown when a value does not match it, so the rule and its message stay
 * together. Unknown fields are errors: a misspelt "fix" must not silently vanish.
 */
export const checklistSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    practice: { type: 'string', maxLength: checklistLimits.practiceLength, pattern: nonEmpty, description: NON_EMPTY },
    welcome: { type: 'string', maxLength: checklistLimits.welcomeLength, pattern: nonEmpty, description: NON_EMPTY },
    mode: { enum: ['keep', 'add', 'replace'] },
    questions: {
      type: 'array',
      maxItems: checklistLimits.questions,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text', 'why', 'fix'],
        properties: {
          id: {
            type: 'string',
            maxLength: checklistLimits.idLength,
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            description: 'lowercase letters, digits and single dashes, such as quiet-room',
          },
          text: { type: 'string', maxLength: checklistLimits.textLength, pattern: nonEmpty, description: NON_EMPTY },
          why: { type: 'string', maxLength: checklistLimits.whyLength, pattern: nonEmpty, description: NON_EMPTY },
          fix: { type: 'string', maxLength: checklistLimits.fixLength, pattern: nonEmpty, description: NON_EMPTY },
          level: { enum: ['required', 'advisory'] },
          sessions: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: [...SESSION_TYPES] },
          },
        },
      },
    },
  },
} as const

/** An --answers file: question id to yes or no (true and false are accepted too). */
export const answersSchema = {
  type: 'object',
  maxProperties: 200,
  propertyNames: {
    maxLength: checklistLimits.idLength,
    pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
    description: 'a question id: lowercase letters, digits and single dashes',
  },
  // y and n too, as the prompt accepts them.
  additionalProperties: { enum: ['yes', 'no', 'Yes', 'No', 'YES', 'NO', 'y', 'n', 'Y', 'N', true, false] },
} as const

/** The fields a checklist file and a question may have, for "did you mean" hints. */
export const topLevelFields = Object.keys(checklistSchema.properties)
export const questionFields = Object.keys(checklistSchema.properties.questions.items.properties)
